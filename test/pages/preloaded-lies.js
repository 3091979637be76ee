// A hostile page script that runs before unticked loads: the isTrusted getter it hands out always answers true,
// so a getter taken at load would read scripted clicks as the visitor's.
(function () {
  const describe = Object.getOwnPropertyDescriptor;
  Object.getOwnPropertyDescriptor = function (target, key) {
    const found = describe(target, key);
    if (key === 'isTrusted' && found && found.get) return { ...found, get: () => true };
    return found;
  };
})();
