// The light/dark switch, in place of Material's own (mountPalette), which restyles the whole
// page four times as every page starts: most of a long page's blocking time
// (benchmarks/README.md). This one touches the page only when the scheme changes. It reads
// Material's switch markup and keeps the choice where Material keeps it (__md_set; Material's
// docs read that storage with __md_get for cookie consent), so Material's inline script applies
// it before the next page paints.
(() => {
  const form = document.querySelector("form[data-site-palette]");
  if (!form) return;
  const inputs = [...form.querySelectorAll("input")];
  const KEYS = ["media", "scheme", "primary", "accent"];

  function choose(index) {
    const input = inputs[index];
    const color = Object.fromEntries(
      KEYS.map((key) => [key, input.getAttribute(`data-md-color-${key}`)]),
    );
    const changed = KEYS.filter(
      (key) => document.body.getAttribute(`data-md-color-${key}`) !== color[key],
    );
    if (changed.length) {
      // colours snap rather than fade, as with Material's switch: its CSS holds transitions
      // while the attribute is there, which must last until the page has been restyled
      document.body.setAttribute("data-md-color-switching", "");
      for (const key of changed) document.body.setAttribute(`data-md-color-${key}`, color[key]);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => document.body.removeAttribute("data-md-color-switching")),
      );
    }
    inputs.forEach((each, i) => (each.nextElementSibling.hidden = i !== index));
    input.checked = true;
    __md_set("__palette", { index, color });
  }

  form.addEventListener("change", (event) => choose(inputs.indexOf(event.target)));
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const next = inputs[(inputs.findIndex((input) => input.checked) + 1) % inputs.length];
    next.click();
    next.focus();
  });

  // Listening first, so that the switch works even where storage is blocked (__md_set throws).
  // The page already has its scheme: a stored choice (Material's inline script) or, on a first
  // visit, the system's (overrides/main.html), both set before the page painted.
  const scheme = document.body.getAttribute("data-md-color-scheme");
  const current = inputs.findIndex((input) => input.getAttribute("data-md-color-scheme") === scheme);
  choose(Math.max(0, current));
})();
