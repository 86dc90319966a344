import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";
import { messageModules } from "./message-modules.ts";

export default defineConfig({
  plugins: [messageModules(), sveltekit()],
  server: { host: "127.0.0.1" },
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; they change nothing in the output.
        if (warning.code === "INVALID_ANNOTATION") return;
        warn(warning);
      },
    },
  },
});
