#!/usr/bin/env node
/*
 * Runs before `npm start` (argument "electron") and `npm run browser` (argument "browser"), so
 * that a person sees one clear sentence instead of engine warnings or a stack trace.
 *
 * Plain CommonJS with no dependencies and no modern syntax on purpose: it must run (and say what
 * to do) on any Node a person may have on PATH, including ones far too old for Kring itself.
 *
 * - Node too old for Kring: says which version is needed and how to get it; exit 1.
 * - Not installed yet (no node_modules): says to run `npm install` first; exit 1.
 * - Electron's binary missing ("electron" only): fetches it once (Electron 42+ downloads lazily);
 *   when that fails (offline, proxy), says so in Dutch and English and offers `npm run browser`.
 *   We do not start the browser version by ourselves: it is a different way of working (links to
 *   open in Chromium, a local server until Ctrl+C) that a person should choose knowingly. Exit 1.
 */
'use strict';

var fs = require('fs');
var path = require('path');
var childProcess = require('child_process');

var root = path.resolve(__dirname, '..');

/** True when `version` ("22.18.0") satisfies `range` made of `^a.b.c` and `>=a.b.c` joined by `||`. */
function satisfies(version, range) {
  var v = parse(version);
  return range.split('||').some(function (part) {
    var p = part.trim();
    if (p.indexOf('>=') === 0) return compare(v, parse(p.slice(2))) >= 0;
    if (p.indexOf('^') === 0) {
      var min = parse(p.slice(1));
      return v[0] === min[0] && compare(v, min) >= 0;
    }
    return false;
  });
}

function parse(text) {
  var parts = String(text).trim().replace(/^v/, '').split('.');
  return [0, 1, 2].map(function (i) {
    return parseInt(parts[i] || '0', 10) || 0;
  });
}

function compare(a, b) {
  for (var i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function engineRange() {
  var pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return pkg.engines && pkg.engines.node;
}

function say(lines) {
  process.stderr.write(lines.join('\n') + '\n');
}

function checkNode() {
  var range = engineRange();
  if (!range || satisfies(process.versions.node, range)) return true;
  say([
    'Kring heeft Node.js 24 LTS nodig (' + range + '); deze computer gebruikt v' + process.versions.node +
      '. Installeer Node 24 via https://nodejs.org of typ `nvm use` (zie .nvmrc) en probeer opnieuw.',
    'Kring needs Node.js 24 LTS (' + range + '); this computer runs v' + process.versions.node +
      '. Install Node 24 from https://nodejs.org or run `nvm use` (see .nvmrc) and try again.',
  ]);
  return false;
}

/** `npm start` before `npm install`: say that, not something about Electron or Vite. */
function checkInstalled() {
  if (fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) return true;
  say([
    'Kring is nog niet geïnstalleerd in deze map: typ eerst   npm install   en daarna opnieuw deze opdracht.',
    'Kring is not installed in this folder yet: run   npm install   first, then this command again.',
  ]);
  return false;
}

/** The path Electron's own index.js would use, or null when the binary is not there. */
function electronBinary() {
  var dir = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(dir, 'package.json'))) return null;
  var pathFile = path.join(dir, 'path.txt');
  var name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    var override = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron');
    return fs.existsSync(override) ? override : null;
  }
  if (!name) return null;
  var full = path.join(dir, 'dist', name);
  return fs.existsSync(full) ? full : null;
}

function fetchElectron() {
  var installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return { ok: false, detail: 'node_modules/electron ontbreekt / is missing' };
  process.stderr.write('Kring haalt eenmalig het Electron-programma op (ongeveer 100 MB) / fetching Electron once (about 100 MB)…\n');
  var result = childProcess.spawnSync(process.execPath, [installer], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60 * 1000,
  });
  var output = ((result.stderr || '') + (result.stdout || '')).split('\n');
  // The first line of the error, never its stack.
  var reason = output.filter(function (l) {
    return l.trim() !== '' && !/^\s+at /.test(l) && !/^Downloading/.test(l);
  })[0];
  var detail = (reason || (result.error && result.error.message) || '').replace(/^\s*\w*Error:\s*/, '');
  return { ok: result.status === 0 && electronBinary() !== null, detail: detail };
}

function checkElectron() {
  if (electronBinary()) return true;
  var fetched = fetchElectron();
  if (fetched.ok) return true;
  say([
    '',
    'Kring kan het Electron-programma niet ophalen' + (fetched.detail ? ' (' + fetched.detail.trim() + ')' : '') + '.',
    '  Zonder internet of achter een proxy: start Kring in je browser met   npm run browser',
    '  (of probeer later opnieuw met een internetverbinding; achter een proxy: zet HTTPS_PROXY en ELECTRON_GET_USE_PROXY=1).',
    'Kring could not fetch the Electron program.',
    '  Offline or behind a proxy: start Kring in your browser with   npm run browser',
    '  (or try again later when online; behind a proxy: set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1).',
    '',
  ]);
  return false;
}

if (require.main === module) {
  var mode = process.argv[2] || 'browser';
  // "node": only the Node check (used by .ci/run before anything is installed).
  var ok = checkNode() && (mode === 'node' || (checkInstalled() && (mode !== 'electron' || checkElectron())));
  process.exit(ok ? 0 : 1);
}

module.exports = { satisfies: satisfies };
