/* Healer dashboard behaviour: a small, dependency-free script (no inline scripts or handlers,
 * so it runs under a strict Content-Security-Policy).
 *
 * 1. Forms with data-busy-text show a "running" state once submitted (and cannot be sent twice).
 * 2. Forms with data-confirm ask before submitting (the cancel button).
 * 3. A run page ([data-live-root]) polls its live partial while the run is active, swaps the
 *    server-rendered parts that changed, and stops when the run ends or the tab is hidden
 *    (resuming when it is visible again). Its live log follows new lines (a toggle stops that),
 *    and the "submitted" message goes once the run is over.
 * 4. <time data-local> elements show the local time and how long ago ("3 min ago"); the UTC
 *    value stays on hover.
 * 5. Buttons with data-copy copy their value to the clipboard.
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

  /* --- Times: local and relative, UTC on hover ----------------------------------------- */

  var RELATIVE_UNITS = [
    ["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400],
    ["hour", 3600], ["minute", 60], ["second", 1],
  ];

  function relative(date, now) {
    var seconds = Math.round((date.getTime() - now) / 1000);
    if (Math.abs(seconds) < 10) return "just now";
    var format = window.Intl && Intl.RelativeTimeFormat
      ? new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" }) : null;
    for (var i = 0; i < RELATIVE_UNITS.length; i++) {
      var unit = RELATIVE_UNITS[i];
      if (Math.abs(seconds) >= unit[1] || unit[0] === "second") {
        var value = Math.round(seconds / unit[1]);
        if (format) return format.format(value, unit[0]);
        return Math.abs(value) + " " + unit[0] + (Math.abs(value) === 1 ? "" : "s") + (value < 0 ? " ago" : " from now");
      }
    }
    return "";
  }

  function localTimes(scope) {
    var now = Date.now();
    scope.querySelectorAll("time[data-local]").forEach(function (element) {
      var date = new Date(element.getAttribute("datetime"));
      if (isNaN(date.getTime())) return;
      if (!element.dataset.utc) element.dataset.utc = element.getAttribute("title") || element.textContent;
      var options = { dateStyle: "medium", timeStyle: element.hasAttribute("data-seconds") ? "medium" : "short" };
      var local;
      try {
        local = new Intl.DateTimeFormat(undefined, options).format(date);
      } catch (error) {
        local = date.toLocaleString();
      }
      element.textContent = local + " · " + relative(date, now);
      element.setAttribute("title", element.dataset.utc);
    });
  }

  /* --- Copy buttons ------------------------------------------------------------------- */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Plain http (not localhost): the Clipboard API is not offered; the older way still works.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (error) { done = false; }
      document.body.removeChild(area);
      if (done) resolve(); else reject(new Error("copy refused"));
    });
  }

  function copyButtons(scope) {
    scope.querySelectorAll("button[data-copy]").forEach(function (button) {
      if (button.dataset.copyBound) return;
      button.dataset.copyBound = "1";
      button.hidden = false;
      var label = button.textContent;
      button.addEventListener("click", function () {
        copyText(button.dataset.copy).then(
          function () { button.textContent = "Copied ✓"; },
          function () { button.textContent = "Copy failed: select the name"; }
        ).then(function () {
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }

  /* --- The live log: follows new lines unless the reader scrolls up or turns it off ----- */

  var followLog = true;

  function atBottom(log) {
    return log.scrollTop + log.clientHeight >= log.scrollHeight - 8;
  }

  function logFollow(scope, keepScroll) {
    var log = scope.querySelector("pre[data-follow]");
    var toggle = scope.querySelector("[data-follow-toggle]");
    if (toggle) {
      toggle.hidden = false;
      // A toggle keeps its name; aria-pressed (and the tick the CSS draws for it) tells its state.
      toggle.setAttribute("aria-pressed", followLog ? "true" : "false");
      if (!toggle.dataset.bound) {
        toggle.dataset.bound = "1";
        toggle.addEventListener("click", function () {
          followLog = !followLog;
          logFollow(scope);
        });
      }
    }
    if (!log) return;
    if (followLog) log.scrollTop = log.scrollHeight;
    else if (keepScroll !== undefined) log.scrollTop = keepScroll;
    if (!log.dataset.bound) {
      log.dataset.bound = "1";
      log.addEventListener("scroll", function () {
        // Scrolling up to read stops following; scrolling back to the end resumes it.
        var following = atBottom(log);
        if (following !== followLog) {
          followLog = following;
          var button = scope.querySelector("[data-follow-toggle]");
          if (button) button.setAttribute("aria-pressed", followLog ? "true" : "false");
        }
      });
    }
  }

  function finishedMessagesRemove() {
    document.querySelectorAll(".message--run-live").forEach(function (message) {
      var list = message.parentNode;
      message.remove();
      if (list && !list.children.length) list.remove();
    });
  }

  function enhance(scope) {
    confirmForms(scope);
    copyButtons(scope);
    localTimes(scope);
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
    // Taken before the page's times are localised, so that they compare like with like.
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
      var oldScroll = oldLog ? oldLog.scrollTop : undefined;
      var focusedId = document.activeElement && current.contains(document.activeElement)
        ? document.activeElement.id : null;

      current.innerHTML = fresh.innerHTML;

      current.querySelectorAll("details[id]").forEach(function (d) { if (open[d.id]) d.open = true; });
      logFollow(current, oldScroll);
      if (focusedId) {
        var again = document.getElementById(focusedId);
        if (again) again.focus();
      }
      enhance(current);
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
      if (!active) finishedMessagesRemove();
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
    var root = document.querySelector("[data-live-root]");
    if (root) {
      if (root.dataset.active === "true") liveRun(root);
      else finishedMessagesRemove();
      logFollow(root);
    }
    enhance(document);
    // Relative times age: "just now" becomes "1 min ago".
    setInterval(function () { localTimes(document); }, 30000);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
