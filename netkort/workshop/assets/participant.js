/* netkort workshop: the participant's page.
 *
 * Everything the server sends (names typed by anyone) is put on the page with
 * textContent or as a form value, never parsed as HTML. Entries carry a random
 * client id, so a save retried after a lost connection is stored once.
 */
(function () {
  "use strict";

  var T = {}, L = {}, actors = Object.create(null), mine = [], editing = null;
  var form = document.getElementById("entry");
  function $(id) { return document.getElementById(id); }
  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? values[key] : m; });
  }
  /* The reader's name key (netkort.text.name_key): case and spacing do not count. */
  function nameKey(text) { return String(text).normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).join(" "); }
  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function status(text) { $("form-status").textContent = text; }

  function api(method, url, body) {
    var options = {method: method, credentials: "same-origin", headers: {}};
    if (body !== undefined) {
      options.headers["content-type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (response.status === 204) return {ok: true, data: null};
      return response.json().then(function (data) { return {ok: response.ok, status: response.status, data: data}; });
    });
  }

  // --- connection: the event stream reconnects by itself; the page says so ----------------
  var lost = false;
  function connect() {
    var source = new EventSource("/api/events");
    source.onopen = function () {
      $("connection").textContent = lost ? T.reconnected : T.connected;
      $("connection").className = "connection ok";
      lost = false;
    };
    source.onerror = function () {
      lost = true;
      $("connection").textContent = T.reconnecting;
      $("connection").className = "connection lost";
    };
    source.onmessage = function (event) { showActors(JSON.parse(event.data).actors); };
  }

  function showActors(list) {
    actors = Object.create(null);
    var datalist = $("actors");
    datalist.textContent = "";
    list.forEach(function (actor) {
      actors[nameKey(actor.name)] = actor;
      var option = document.createElement("option");
      option.value = actor.name;
      datalist.appendChild(option);
    });
    checkName();
  }

  // --- "already in the network": add yourself as a contact ----------------------------
  function heldEntry() {   /* the participant's own entry for the typed actor, other than the one being edited */
    var key = nameKey($("f-name").value);
    if (!key) return null;
    return mine.filter(function (e) { return nameKey(e.name) === key && !(editing && editing.id === e.id); })[0] || null;
  }
  function checkName() {
    var held = heldEntry();
    $("held").hidden = !held;
    if (held) $("held-text").textContent = fmt(T.held, {name: held.name, level: L.level[held.level] || ""}) + " ";
    var found = held ? null : actors[nameKey($("f-name").value)];
    $("exists").hidden = !found;
    if (found) $("exists-text").textContent = fmt(T.exists, {name: found.name}) + " ";
  }
  $("f-name").addEventListener("input", checkName);
  $("edit-held").addEventListener("click", function () {
    var held = heldEntry();
    if (held) { clearErrors(); status(""); setEditing(held); }
  });
  $("add-me").addEventListener("click", function () {
    var found = actors[nameKey($("f-name").value)];
    if (!found) return;
    $("f-name").value = found.name;
    if (!$("f-type").value && found.type) $("f-type").value = found.type;
    if (!$("f-sector").value && found.sector) $("f-sector").value = L.sector[found.sector] || "";
    status(fmt(T.added_me, {name: found.name}));
    var first = form.querySelector('input[name="level"]');
    if (first) first.focus();
  });

  // --- the form -------------------------------------------------------------------------
  var FIELDS = ["name", "level", "spaces", "type", "sector", "influence", "interest", "email", "phone", "notes"];
  function values() {
    var data = {
      name: $("f-name").value,
      level: (form.querySelector('input[name="level"]:checked') || {}).value || "",
      spaces: Array.prototype.map.call(form.querySelectorAll('input[name="spaces"]:checked'),
                                       function (box) { return box.value; }),
      type: $("f-type").value, sector: $("f-sector").value,
      influence: $("f-influence").value, interest: $("f-interest").value
    };
    ["email", "phone", "notes"].forEach(function (field) { if ($("f-" + field)) data[field] = $("f-" + field).value; });
    return data;
  }

  function clearErrors() {
    FIELDS.forEach(function (field) {
      var box = $("f-" + field + "-error");
      if (box) box.textContent = "";
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
  }

  function showErrors(errors) {
    var first = null;
    Object.keys(errors).forEach(function (field) {
      var box = $("f-" + field + "-error") || $("form-status");
      box.textContent = errors[field];
      var input = $("f-" + field) || form.querySelector('input[name="' + field + '"]');
      if (input) { input.setAttribute("aria-invalid", "true"); first = first || input; }
    });
    status(T.errors);
    if (first) first.focus();
  }

  function fill(entry) {
    form.reset();
    $("f-name").value = entry.name;
    var level = form.querySelector('input[name="level"][value="' + CSS.escape(L.level[entry.level] || "") + '"]');
    if (level) level.checked = true;
    form.querySelectorAll('input[name="spaces"]').forEach(function (box) {
      box.checked = entry.spaces.some(function (space) { return L.space[space] === box.value; });
    });
    $("f-type").value = entry.type || "";
    $("f-sector").value = entry.sector ? L.sector[entry.sector] : "";
    $("f-influence").value = entry.influence || "";
    $("f-interest").value = entry.interest || "";
    ["email", "phone", "notes"].forEach(function (field) { if ($("f-" + field)) $("f-" + field).value = entry[field] || ""; });
    checkName();
  }

  function setEditing(entry) {
    editing = entry;
    $("form-title").textContent = entry ? T.edit_title : T.add_title;
    $("save").textContent = entry ? T.save_changes : T.save;
    $("cancel").hidden = !entry;
    if (entry) { fill(entry); $("f-name").focus(); } else { form.reset(); checkName(); }
  }
  $("cancel").addEventListener("click", function () { clearErrors(); status(""); setEditing(null); });

  var pending = null;   // a save waiting for the connection to come back
  function save(data, clientId, entry) {
    var request = entry ? api("PUT", "/api/entries/" + entry.id, data)
                        : api("POST", "/api/entries", Object.assign({client_id: clientId}, data));
    return request.then(function (result) {
      pending = null;
      $("save").disabled = false;
      if (!result.ok) {
        if (result.data && result.data.errors) showErrors(result.data.errors);
        return;
      }
      clearErrors();
      var saved = result.data;
      if (mine.some(function (e) { return e.id === saved.id; })) {   // changed, or an actor already held: updated
        mine = mine.map(function (e) { return e.id === saved.id ? saved : e; });
      } else mine.push(saved);
      renderMine();
      setEditing(null);
      status(fmt(saved.replaced ? T.replaced : T.saved, {name: saved.name}));
      $("f-name").focus();
    }, function () {   // no answer: keep the entry and try again until the server is back
      status(T.retrying);
      pending = window.setTimeout(function () { save(data, clientId, entry); }, 1500);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (pending) return;
    clearErrors();
    status(T.saving);
    $("save").disabled = true;
    save(values(), randomId(), editing);
  });

  // --- your own entries -----------------------------------------------------------------
  function renderMine() {
    var list = $("mine");
    list.textContent = "";
    $("none-yet").hidden = mine.length > 0;
    mine.slice().reverse().forEach(function (entry) {
      var item = document.createElement("li");
      var name = document.createElement("span");
      name.className = "entry-name";
      name.textContent = entry.name;
      var what = document.createElement("span");
      what.className = "entry-what";
      what.textContent = " · " + (L.level[entry.level] || "") +
        (entry.spaces.length ? " · " + entry.spaces.map(function (s) { return L.space[s]; }).join(", ") : "");
      var edit = document.createElement("button");
      edit.type = "button";
      edit.textContent = T.edit;
      edit.setAttribute("aria-label", T.edit + " " + entry.name);
      edit.addEventListener("click", function () { setEditing(entry); });
      var remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = T["delete"];
      remove.setAttribute("aria-label", T["delete"] + " " + entry.name);
      remove.addEventListener("click", function () {
        if (!window.confirm(fmt(T.confirm_delete, {name: entry.name}))) return;
        api("DELETE", "/api/entries/" + entry.id).then(function (result) {
          if (!result.ok) { status(result.data.errors.entry || T.errors); return; }
          mine = mine.filter(function (e) { return e.id !== entry.id; });
          renderMine();
          status(fmt(T.deleted, {name: entry.name}));
        }, function () { status(T.reconnecting); });
      });
      item.appendChild(name);
      item.appendChild(what);
      item.appendChild(edit);
      item.appendChild(remove);
      list.appendChild(item);
    });
  }

  api("GET", "/api/me").then(function (result) {
    if (!result.ok) { window.location.href = "/"; return; }
    T = result.data.texts;
    L = result.data.labels;
    mine = result.data.entries;
    renderMine();
    connect();
  });
  window.workshop = {mine: function () { return mine; }};
})();
