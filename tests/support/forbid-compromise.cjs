// Preloaded by CLI tests: fails loudly if anything loads compromise, for commands that must not.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'compromise' || request.startsWith('compromise/')) throw new Error('compromise was loaded');
  return load.call(this, request, ...rest);
};
