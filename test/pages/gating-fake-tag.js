// Stands in for gtag.js: replays dataLayer as Google's tag does (only `arguments` objects are gtag commands), then
// handles later pushes. Records the consent state it had when it loaded and after every consent command.
(function () {
  var consent = {};
  var history = [];
  var ignored = [];
  function isArguments(entry) {
    return Object.prototype.toString.call(entry) === '[object Arguments]';
  }
  function handle(entry) {
    if (!isArguments(entry)) {
      ignored.push(entry);
      return;
    }
    if (entry[0] !== 'consent' || (entry[1] !== 'default' && entry[1] !== 'update')) return;
    var options = {};
    for (var key in entry[2]) {
      if (key === 'wait_for_update') options.waitForUpdate = entry[2][key];
      else consent[key] = entry[2][key];
    }
    history.push({ command: entry[1], state: Object.assign({}, consent), options: options });
  }
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  dataLayer.forEach(handle);
  window.__tag = { consentAtLoad: Object.assign({}, consent), history: history, ignored: ignored };
  var push = dataLayer.push;
  dataLayer.push = function () {
    var result = push.apply(dataLayer, arguments);
    for (var i = 0; i < arguments.length; i++) handle(arguments[i]);
    return result;
  };
})();
