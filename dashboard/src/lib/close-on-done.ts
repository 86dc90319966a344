import type { SubmitFunction } from "@sveltejs/kit";

/**
 * For a form inside a `<details>` step ("Put on hold…"): after it worked, the step folds up
 * again, so the page shows what changed rather than an emptied form. Without JavaScript the page
 * loads anew and the step is folded anyway.
 */
export const closeOnDone: SubmitFunction = () => {
  return async ({ result, update, formElement }) => {
    await update();
    if (result.type === "success") formElement.closest("details")?.removeAttribute("open");
  };
};
