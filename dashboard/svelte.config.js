import adapter from "@sveltejs/adapter-node";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: "build", precompress: false }),
    // The board is shown on wall screens and phones inside the chain's own network.
    csp: {
      mode: "auto",
      directives: {
        "default-src": ["self"],
        "img-src": ["self", "data:"],
        "style-src": ["self", "unsafe-inline"],
        "script-src": ["self"],
        "connect-src": ["self"],
        "frame-ancestors": ["none"],
        "object-src": ["none"],
        "base-uri": ["self"],
        "form-action": ["self"],
      },
    },
  },
};
