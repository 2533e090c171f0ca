// vanban serve: paste from Word. The clipboard's HTML (Word, LibreOffice, a browser) becomes body markup:
// headings keep their numbering (`**1. Tên mục**`), lists become `- ` / `+ ` lines, bold and italic
// become `**…**` and `*…*`, Word's footnotes (`#_ftnN` references, `ftnN` notes) become `^[…]`.
'use strict';

// eslint-disable-next-line no-unused-vars
function htmlToMarkup(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const space = (s) => s.replace(/[\s\u00a0]+/g, ' ');
  const escape = (s) => s.replace(/[\\*_^[\]]/g, (c) => '\\' + c);
  const styleOf = (e) => (e.getAttribute && e.getAttribute('style')) || '';

  // Word's footnotes: <div id="ftn1"><p><a href="#_ftnref1">[1]</a> text</p></div>.
  const notes = {};
  doc.querySelectorAll('[id^="ftn"]').forEach((div) => {
    const m = /^ftn(\d+)$/.exec(div.id);
    if (!m) return;
    const clone = div.cloneNode(true);
    clone.querySelectorAll('a[href^="#_ftnref"]').forEach((a) => a.remove());
    notes[m[1]] = space(clone.textContent).trim();
    div.remove();
  });
  doc.querySelectorAll('[style*="mso-element:footnote-list"], [style*="mso-element: footnote-list"]').forEach((e) => e.remove());

  let listLabel = '';
  function inline(node) {
    if (node.nodeType === 3) return escape(space(node.nodeValue));
    if (node.nodeType !== 1) return '';
    const tag = node.tagName.toLowerCase();
    const style = styleOf(node);
    if (/mso-list:\s*Ignore/i.test(style)) {
      listLabel = space(node.textContent).trim();
      return '';
    }
    if (tag === 'a') {
      const m = /#_ftn(\d+)$/.exec(node.getAttribute('href') || '');
      if (m && notes[m[1]] !== undefined) return '^[' + escape(notes[m[1]]) + ']';
    }
    if (tag === 'br') return ' ';
    if (tag === 'style' || tag === 'script' || tag === 'head' || tag === 'title' || tag === 'meta') return '';
    let inner = '';
    node.childNodes.forEach((c) => { inner += inline(c); });
    const bold = tag === 'b' || tag === 'strong' || /font-weight:\s*(bold|[6-9]00)/i.test(style);
    const italic = tag === 'i' || tag === 'em' || /font-style:\s*italic/i.test(style);
    const wrap = (s, mark) => {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s);
      return m[2] ? m[1] + mark + m[2] + mark + m[3] : s;
    };
    if (italic) inner = wrap(inner, '*');
    if (bold) inner = wrap(inner, '**');
    return inner;
  }

  const NUMBERING = /^([IVXLC]+\.|\d+(\.\d+)*\.|[a-zđ]\))$/;
  const BULLET = /^[·•o§▪\-–—+]$/;
  const lines = [];
  function block(e, depth) {
    const tag = e.tagName.toLowerCase();
    listLabel = '';
    let text = inline(e).replace(/\*\*\*\*/g, '').replace(/\*\*\s*\*\*/g, ' ');
    text = text.replace(/ +/g, ' ').trim();
    if (!text) return;
    const level = /level(\d)/i.exec(styleOf(e));
    if (tag === 'li') {
      const ordered = e.parentElement && e.parentElement.tagName.toLowerCase() === 'ol';
      if (ordered) {
        const n = Array.prototype.indexOf.call(e.parentElement.children, e) + 1;
        listLabel = n + '.';
      } else {
        listLabel = '•';
      }
    }
    if (listLabel && BULLET.test(listLabel)) {
      const second = depth > 0 || (level && Number(level[1]) > 1);
      lines.push({ text: (second ? '+ ' : '- ') + text, list: true });
      return;
    }
    const wholeBold = /^\*\*[^*]+\*\*$/.test(text);
    const plain = wholeBold ? text.slice(2, -2) : text;
    let label = listLabel && NUMBERING.test(listLabel) ? listLabel : '';
    let rest = plain;
    if (!label) {
      const m = /^([IVXLC]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s+/.exec(plain);
      if (m) { label = m[1]; rest = plain.slice(m[0].length); }
    }
    const heading = /^h[1-6]$/.test(tag) || (wholeBold && label);
    if (heading) {
      lines.push({ text: '**' + (label ? label + ' ' : '') + rest.replace(/\*\*/g, '') + '**' });
    } else {
      lines.push({ text: (label ? label + ' ' : '') + (label ? rest : text) });
    }
  }
  function walk(parent, depth) {
    parent.childNodes.forEach((n) => {
      if (n.nodeType !== 1) {
        if (n.nodeType === 3 && n.nodeValue.trim()) lines.push({ text: escape(space(n.nodeValue).trim()) });
        return;
      }
      const tag = n.tagName.toLowerCase();
      if (tag === 'ul' || tag === 'ol') {
        Array.from(n.children).forEach((li) => {
          const nested = Array.from(li.children).filter((c) => /^(ul|ol)$/i.test(c.tagName));
          nested.forEach((c) => c.remove());
          block(li, depth);
          nested.forEach((c) => walk(el0(c), depth + 1));
        });
      } else if (/^(p|h[1-6]|li|blockquote|pre)$/.test(tag)) {
        block(n, depth);
      } else if (/^(div|section|article|body|main|table|tbody|tr|td|th)$/.test(tag)) {
        walk(n, depth);
      } else {
        block(n, depth);
      }
    });
  }
  // A detached list keeps its tag for walk().
  function el0(list) { const w = doc.createElement('div'); w.append(list); return w; }
  walk(doc.body, 0);
  let out = '';
  lines.forEach((l, i) => {
    if (i > 0) out += lines[i - 1].list && l.list ? '\n' : '\n\n';
    out += l.text;
  });
  return out;
}
