// Checks a claimx show page in the browser against what the dataset holds.
// The test calls it with the list of every claim (with its footnote
// markers), quote, entity, citation and term of the article; it returns the problems found,
// [] when every one is on the page once, with its text, highlighted (a
// background, a border or ruby text that the browser really draws), and
// labelled as the dataset says.
(items) => {
  const problems = [];
  // The article text an element covers: without the labels and badges
  // the page adds (.deco) and without ruby annotations.
  const base = (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('.deco, rt, rp').forEach((x) => x.remove());
    return copy.textContent;
  };
  const drawn = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const transparent = (c) => c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
  const highlighted = {
    claim: (el, s) => true,
    quote: (el, s) => !transparent(s.backgroundColor) || s.borderBottomStyle !== 'none',
    entity: (el, s) => s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) > 0,
    cite: (el, s) => s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0,
    term: (el, s) => [...el.querySelectorAll('rt')].some((rt) => drawn(rt) && rt.textContent.trim() !== ''),
  };
  for (const it of items) {
    const where = `${it.what} ${it.span} ${JSON.stringify(it.text.slice(0, 40))}`;
    const all = document.querySelectorAll(`${it.sel}[data-span="${it.span}"]`);
    const whole = [...all].filter((el) => !el.hasAttribute('data-cont'));
    if (whole.length !== 1 || all.length !== 1) {
      problems.push(`${where}: ${whole.length} elements (${all.length} with pieces), want 1`);
      continue;
    }
    const el = whole[0];
    const text = it.what === 'claim' ? base(el.querySelector('.text')) : base(el);
    if (text !== it.text) {
      problems.push(`${where}: shows ${JSON.stringify(text)}`);
    }
    if (!drawn(el)) {
      problems.push(`${where}: not drawn`);
    }
    if (!highlighted[it.what](el, getComputedStyle(el))) {
      problems.push(`${where}: not highlighted`);
    }
    for (const want of it.labels || []) {
      const label = it.what === 'claim' ? el.querySelector('.attr')
        : it.what === 'term' ? el
        : document.querySelector(`.deco[data-for="${it.span}"]${it.what === 'quote' ? '.who' : '.badge'}`);
      const shown = label ? (it.what === 'term' ? [...label.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ') : label.textContent) : '';
      if (!label || !drawn(label) || !shown.includes(want)) {
        problems.push(`${where}: label ${JSON.stringify(want)} not shown (${JSON.stringify(shown)})`);
      }
    }
    if ((el.dataset.id || '') !== (it.id || '') || (it.id && !el.title.includes(it.id))) {
      problems.push(`${where}: id ${JSON.stringify(el.dataset.id)} (hover ${JSON.stringify(el.title)}), want ${JSON.stringify(it.id)}`);
    }
    if (it.footnotes) {
      const shown = [...el.querySelectorAll('sup.fn')].filter(drawn).map((fn) => fn.textContent);
      if (JSON.stringify(shown) !== JSON.stringify(it.footnotes)) {
        problems.push(`${where}: footnote markers ${JSON.stringify(shown)}, want ${JSON.stringify(it.footnotes)}`);
      }
    }
    if (it.href) {
      const link = document.querySelector(`.who[data-for="${it.span}"]`);
      const target = link && document.querySelector(link.getAttribute('href'));
      if (!target || !target.textContent.includes(it.href)) {
        problems.push(`${where}: speaker link does not lead to ${it.href}`);
      }
    }
  }
  return problems;
}
