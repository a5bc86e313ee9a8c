// jsonindent.js works around a goja bug: JSON.stringify with an indent
// loses one level of indentation after an empty {} or [] (its serializer
// does not restore the indent on that path). With an indent, the value is
// serialized compactly by goja and indented here, exactly as the spec's
// algorithm lays it out. Installed by jsrt.go (reportUncaught).
(function () {
  const compact = JSON.stringify;
  function indent(json, gap) {
    let out = '', pad = '', inString = false;
    for (let i = 0; i < json.length; i++) {
      const c = json[i];
      if (inString) {
        out += c;
        if (c === '\\') { out += json[++i]; } else if (c === '"') inString = false;
        continue;
      }
      switch (c) {
        case '"': inString = true; out += c; break;
        case '{': case '[':
          if (json[i + 1] === (c === '{' ? '}' : ']')) { out += c + json[++i]; break; }
          pad += gap; out += c + '\n' + pad; break;
        case '}': case ']':
          pad = pad.slice(gap.length); out += '\n' + pad + c; break;
        case ',': out += ',\n' + pad; break;
        case ':': out += ': '; break;
        default: out += c;
      }
    }
    return out;
  }
  Object.defineProperty(JSON, 'stringify', { writable: true, configurable: true, value: function stringify(value, replacer, space) {
    if (typeof space === 'object' && space !== null) space = space instanceof Number ? Number(space) : space instanceof String ? String(space) : space;
    const gap = typeof space === 'number' ? ' '.repeat(Math.max(0, Math.min(10, Math.trunc(space) || 0))) : typeof space === 'string' ? space.slice(0, 10) : '';
    const json = compact(value, replacer);
    return gap === '' || json === undefined ? json : indent(json, gap);
  } });
})()
