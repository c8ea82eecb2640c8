/*
 * The registry's small highlighter: colours comments, keys, strings and variables in a version's files (YAML, .env,
 * shell, JSON, and configuration files with # comments). The page works without it: each line is plain text in a
 * <span class="line">, and this script only wraps parts of that text in <span class="tok-..."> elements, built with DOM
 * methods from the text itself (never from HTML), so nothing in a file can become markup. It is a same-origin file,
 * as the Content-Security-Policy (script-src 'self') allows; no inline script.
 */
(function () {
  'use strict';

  var HASH_COMMENTS = { yaml: true, env: true, shell: true, conf: true };
  var YAML_KEY = /^(\s*(?:-\s+)?)((?:"[^"]*"|'[^']*'|[^\s#'"{}\[\],:][^#:]*?)\s*:)(?=\s|$)/;
  var ENV_KEY = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(?==)/;
  var CONF_KEY = /^(\s*)([A-Za-z_][A-Za-z0-9_.-]*)(?=\s*[=:]|\s|$)/;
  var NAME_START = /[A-Za-z_]/;
  var NAME_PART = /[A-Za-z0-9_]/;
  var BEFORE_STRING = /[\s:=(\[,{]/;

  function push(parts, kind, text) {
    if (text) {
      parts.push([kind, text]);
    }
  }

  /** The end (exclusive) of a string starting with a quote at i, or the line's end when it does not close. */
  function stringEnd(text, i) {
    var quote = text.charAt(i);
    for (var j = i + 1; j < text.length; j++) {
      var c = text.charAt(j);
      if (c === '\\' && quote === '"') {
        j++;
      } else if (c === quote) {
        return j + 1;
      }
    }
    return text.length;
  }

  /** Comments, strings and variables in the text after a line's key; json also marks its keys. */
  function scan(text, language, atLineStart, parts) {
    var plain = '';
    var i = 0;
    while (i < text.length) {
      var c = text.charAt(i);
      var previous = i > 0 ? text.charAt(i - 1) : (atLineStart ? ' ' : '');
      if (c === '#' && HASH_COMMENTS[language] && /\s/.test(previous)) {
        push(parts, null, plain);
        push(parts, 'tok-comment', text.substring(i));
        return;
      }
      if ((c === '"' || (c === "'" && language !== 'json')) && (previous === '' || BEFORE_STRING.test(previous))) {
        var end = stringEnd(text, i);
        push(parts, null, plain);
        plain = '';
        var isKey = language === 'json' && /^\s*:/.test(text.substring(end));
        push(parts, isKey ? 'tok-key' : 'tok-string', text.substring(i, end));
        i = end;
        continue;
      }
      if (c === '$' && text.charAt(i + 1) === '{') {
        var close = text.indexOf('}', i + 2);
        var stop = close < 0 ? text.length : close + 1;
        push(parts, null, plain);
        plain = '';
        push(parts, 'tok-var', text.substring(i, stop));
        i = stop;
        continue;
      }
      if (c === '$' && NAME_START.test(text.charAt(i + 1))) {
        var k = i + 2;
        while (k < text.length && NAME_PART.test(text.charAt(k))) {
          k++;
        }
        push(parts, null, plain);
        plain = '';
        push(parts, 'tok-var', text.substring(i, k));
        i = k;
        continue;
      }
      if (c === '{' && text.charAt(i + 1) === '{') {
        var shut = text.indexOf('}}', i + 2);
        var last = shut < 0 ? text.length : shut + 2;
        push(parts, null, plain);
        plain = '';
        push(parts, 'tok-var', text.substring(i, last));
        i = last;
        continue;
      }
      plain += c;
      i++;
    }
    push(parts, null, plain);
  }

  function tokens(line, language) {
    var parts = [];
    if (HASH_COMMENTS[language] && /^\s*#/.test(line)) {
      push(parts, 'tok-comment', line);
      return parts;
    }
    var key = language === 'yaml' ? YAML_KEY.exec(line)
      : language === 'env' ? ENV_KEY.exec(line)
        : language === 'conf' ? CONF_KEY.exec(line) : null;
    if (key) {
      push(parts, null, key[1]);
      push(parts, 'tok-key', key[2]);
      scan(line.substring(key[0].length), language, false, parts);
    } else {
      scan(line, language, true, parts);
    }
    return parts;
  }

  function highlight(block) {
    var language = block.getAttribute('data-lang');
    if (!language || language === 'text') {
      return;
    }
    var lines = block.querySelectorAll('span.line');
    for (var n = 0; n < lines.length; n++) {
      var line = lines[n];
      var parts = tokens(line.textContent, language);
      if (parts.length === 1 && parts[0][0] === null) {
        continue;
      }
      while (line.firstChild) {
        line.removeChild(line.firstChild);
      }
      for (var p = 0; p < parts.length; p++) {
        if (parts[p][0] === null) {
          line.appendChild(document.createTextNode(parts[p][1]));
        } else {
          var span = document.createElement('span');
          span.className = parts[p][0];
          span.textContent = parts[p][1];
          line.appendChild(span);
        }
      }
    }
  }

  function start() {
    var blocks = document.querySelectorAll('pre.registry-code[data-lang]');
    for (var b = 0; b < blocks.length; b++) {
      highlight(blocks[b]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
