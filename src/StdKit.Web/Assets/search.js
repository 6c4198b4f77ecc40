// Search as you type: the page works without this script; with it, the hits follow the query while it is typed.
// The results come from the same page the form would load, so there is one rendering of a result list.
(() => {
  const form = document.querySelector("form.search");
  const results = document.getElementById("results");
  if (!form || !results) return;
  const input = form.querySelector("input[name=q]");
  let timer = 0;
  let latest = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = new URLSearchParams(new FormData(form));
      if (!input.value.trim()) return;
      const url = "/?" + query.toString();
      const request = ++latest;
      const response = await fetch(url, { headers: { Accept: "text/html" } });
      if (request !== latest || !response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById("results");
      if (!fresh) return;
      results.replaceChildren(...fresh.childNodes);
      history.replaceState(null, "", url);
    }, 250);
  });
})();
