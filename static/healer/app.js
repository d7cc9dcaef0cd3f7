/* Healer dashboard behaviour: a small, dependency-free script.
 *
 * 1. Forms with data-busy-text show a "running" state once submitted (and cannot be sent twice).
 * 2. Forms with data-confirm ask before submitting (the cancel button).
 * 3. A run page ([data-live-root]) polls its live partial while the run is active, swaps the
 *    server-rendered parts that changed, and stops when the run ends or the tab is hidden
 *    (resuming when it is visible again).
 */
(function () {
  "use strict";

  function busyForms() {
    document.querySelectorAll("form[data-busy-text]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("aria-busy") === "true") {
          event.preventDefault();
          return;
        }
        form.setAttribute("aria-busy", "true");
        var button = form.querySelector("button[type=submit]");
        if (button) {
          var label = button.querySelector("[data-label]") || button;
          label.textContent = form.dataset.busyText;
          // Disabled after this tick, so the submission itself is not affected.
          setTimeout(function () { button.disabled = true; }, 0);
        }
        var status = form.querySelector(".form-status");
        if (status) status.textContent = "Submitting the run; you will be taken to its page.";
      });
    });
  }

  function confirmForms(scope) {
    scope.querySelectorAll("form[data-confirm]").forEach(function (form) {
      if (form.dataset.confirmBound) return;
      form.dataset.confirmBound = "1";
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
      });
    });
  }

  function liveRun(root) {
    var url = root.dataset.liveUrl;
    var interval = parseInt(root.dataset.liveInterval, 10) || 2000;
    var active = root.dataset.active === "true";
    var timer = null;
    var controller = null;
    var failures = 0;
    // The last HTML the server sent for each part: a part is swapped only when it changed,
    // so focus, open <details> and scroll positions survive the polls that change nothing.
    var lastHtml = {};
    root.querySelectorAll("[data-live-part]").forEach(function (part) {
      lastHtml[part.dataset.livePart] = part.innerHTML;
    });

    function setNote(text) {
      var note = root.querySelector("[data-live-note]");
      if (note) note.textContent = text;
    }

    function swapPart(current, fresh) {
      var open = {};
      current.querySelectorAll("details[open][id]").forEach(function (d) { open[d.id] = true; });
      var oldLog = current.querySelector("pre[data-follow]");
      var following = !oldLog || oldLog.scrollTop + oldLog.clientHeight >= oldLog.scrollHeight - 8;
      var oldScroll = oldLog ? oldLog.scrollTop : 0;
      var focusedId = document.activeElement && current.contains(document.activeElement)
        ? document.activeElement.id : null;

      current.innerHTML = fresh.innerHTML;

      current.querySelectorAll("details[id]").forEach(function (d) { if (open[d.id]) d.open = true; });
      var log = current.querySelector("pre[data-follow]");
      if (log) log.scrollTop = following ? log.scrollHeight : oldScroll;
      if (focusedId) {
        var again = document.getElementById(focusedId);
        if (again) again.focus();
      }
      confirmForms(current);
    }

    function apply(fresh) {
      fresh.querySelectorAll("[data-live-part]").forEach(function (part) {
        var name = part.dataset.livePart;
        if (lastHtml[name] === part.innerHTML) return;
        var current = root.querySelector('[data-live-part="' + name + '"]');
        if (!current) return;
        lastHtml[name] = part.innerHTML;
        swapPart(current, part);
      });
      active = fresh.dataset.active === "true";
      root.dataset.active = fresh.dataset.active;
      if (fresh.dataset.title) document.title = fresh.dataset.title;
    }

    function schedule(delay) {
      clearTimeout(timer);
      timer = null;
      if (active && !document.hidden) timer = setTimeout(poll, delay);
    }

    function poll() {
      timer = null;
      if (controller || !active || document.hidden) return;
      controller = new AbortController();
      fetch(url, {
        credentials: "same-origin",
        cache: "no-store",
        headers: { "X-Requested-With": "fetch" },
        signal: controller.signal,
      })
        .then(function (response) {
          if (!response.ok) throw new Error("the server answered " + response.status);
          return response.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var fresh = doc.querySelector("[data-live-root]");
          // A sign-in page instead of the partial: the session ended; stop quietly.
          if (!fresh) throw new Error("the session has ended; reload the page");
          failures = 0;
          apply(fresh);
        })
        .catch(function (error) {
          if (error.name === "AbortError") return;
          failures += 1;
          if (failures >= 5) {
            active = false;
            setNote("Live updates stopped: " + error.message + ".");
          } else {
            setNote("Live updates interrupted (" + error.message + "); retrying…");
          }
        })
        .then(function () {
          controller = null;
          // Back off after failures: 2 s, 4 s, 8 s...
          schedule(interval * Math.pow(2, failures));
        });
    }

    document.addEventListener("visibilitychange", function () {
      if (document.hidden) {
        clearTimeout(timer);
        timer = null;
        if (controller) controller.abort();
        controller = null;
      } else if (active) {
        poll(); // catch up at once, then keep polling
      }
    });

    schedule(interval);
  }

  function init() {
    busyForms();
    confirmForms(document);
    var root = document.querySelector("[data-live-root]");
    if (root && root.dataset.active === "true") liveRun(root);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
