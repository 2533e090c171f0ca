// End-to-end test of `vanban serve` in a real browser: Debian's Chromium, headless, driven by playwright-core.
// Starts the server on a free loopback port over a scratch workspace, plays a clerk's session, stops it.
// Usage: node e2e.mjs VANBAN SOURCE_DIR OUT_DIR   (screenshots of every page go to OUT_DIR)
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [vanban, sourceDir, outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-serve-'));
fs.copyFileSync(path.join(sourceDir, 'samples/thong-bao-90.vb'), path.join(work, 'thong-bao-90.vb'));
// The districts' monthly files, one missing: Cẩm Xuyên's August.
fs.cpSync(path.join(sourceDir, 'samples/compile'), path.join(work, 'tong-hop'), { recursive: true });
fs.rmSync(path.join(work, 'tong-hop/huyen/huyen-cam-xuyen/2023-08.xlsx'));
// The report the compiled figures go into, with its own data beside it.
for (const f of ['bao-cao-8-thang.vb', 'bao-cao-8-thang.yaml']) fs.copyFileSync(path.join(sourceDir, 'samples', f), path.join(work, f));
// Lists a zip's entries (a .docx is one).
const zipEntries = (file) => execFileSync('unzip', ['-Z1', file]).toString().split('\n').filter(Boolean);

const server = spawn(vanban, ['serve', '--dir', work, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
    if (m) resolve(m[0]);
  });
  server.on('exit', (code) => reject(new Error('vanban serve exited with ' + code + ': ' + out)));
  setTimeout(() => reject(new Error('vanban serve printed no address: ' + out)), 20000);
});

const pdfText = (bytes) => {
  const file = path.join(work, 'check.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
};

let shot = 0;
const screenshot = async (page, name) => {
  shot += 1;
  await page.waitForTimeout(800);  // the PDF viewer draws the preview
  await page.screenshot({ path: path.join(outDir, String(shot).padStart(2, '0') + '-' + name + '.png'), fullPage: false });
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
let failed = false;
const step = async (name, fn) => {
  try {
    await fn();
    console.log('ok   ' + name);
  } catch (e) {
    failed = true;
    console.log('FAIL ' + name + '\n' + (e.stack || e));
  }
};

try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // Every preview the page receives, in order: the test reads the PDF the page shows.
  const previews = [];
  // (Passed through the test's hands: Chromium may drop a body the page has already read.)
  await page.route('**/api/render?format=pdf', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (response.status() === 200) previews.push(body);
    await route.fulfill({ response, body });
  });
  const lastPreview = async (needle) => {
    for (let i = 0; i < 100; i++) {
      if (previews.length && pdfText(previews[previews.length - 1]).includes(needle)) return true;
      await page.waitForTimeout(100);
    }
    return false;
  };

  await page.goto(base);
  await page.waitForSelector('#doc-list button');
  await screenshot(page, 'start');

  await step('a new notice from the form; the preview follows the typed text', async () => {
    await page.click('#btn-new');
    await page.selectOption('#new-type', 'thong-bao');
    await page.fill('#new-name', 'tb-15.vb');
    await screenshot(page, 'new-dialog');
    await page.click('#new-create');
    await page.waitForSelector('#doc:not([hidden])');
    assert.equal(await page.textContent('#doc-type'), 'Thông báo kết luận cuộc họp, làm việc');
    assert.ok(fs.existsSync(path.join(work, 'tb-15.vb')), 'the new document is a file of the workspace');
    // The form comes from the type's fields: labels from the template, Nơi nhận as rows.
    const summary = page.locator('#form > [data-field="trich_yeu"] input');
    await summary.fill('Về việc kiểm tra tiến độ giải ngân vốn đầu tư công quý IV');
    assert.ok(await lastPreview('giải ngân vốn đầu tư công quý IV'), 'the preview shows the typed summary');
    const rows = page.locator('#form > [data-field="noi_nhan"] .row input');
    const before = await rows.count();
    await page.locator('#form > [data-field="noi_nhan"] .add').click();
    await rows.nth(before).fill('Sở Tài chính');
    // Move the new row above "Lưu: VT." (the last row is the archive line).
    await page.locator('#form > [data-field="noi_nhan"] .row').nth(before).locator('button[title="Lên"]').click();
    assert.equal(await rows.nth(before - 1).inputValue(), 'Sở Tài chính');
    await page.fill('#body', '**1. Kết quả**\n\nCác đơn vị đã giải ngân được 85% kế hoạch vốn năm.');
    assert.ok(await lastPreview('Các đơn vị đã giải ngân được 85% kế hoạch vốn năm.'), 'the preview shows the typed body');
    const date = await page.locator('#form > [data-field="ngay"] input').inputValue();
    assert.match(date, /^\d{2}\/\d{2}\/\d{4}$/, 'dates are shown day/month/year');
    await screenshot(page, 'notice-form');
  });

  await step('an error is shown at its field, and goes when fixed', async () => {
    const date = page.locator('#form > [data-field="ngay"] input');
    await date.fill('31/02/2026');
    await page.waitForSelector('#form > [data-field="ngay"].has-error .err');
    const message = await page.textContent('#form > [data-field="ngay"] .err');
    assert.match(message, /phải là ngày/, 'the message is Vietnamese and says what is wrong');
    await screenshot(page, 'field-error');
    await date.fill('15/03/2026');
    await page.waitForSelector('#form > [data-field="ngay"]:not(.has-error)');
    assert.ok(await lastPreview('ngày 15 tháng 3 năm 2026'), 'the preview has the fixed date');
  });

  await step('an error in the body is shown at its line', async () => {
    const body = await page.inputValue('#body');
    await page.fill('#body', body + '\n\nMột đoạn có **chữ đậm chưa đóng.');
    await page.waitForSelector('#body-errors li');
    const item = await page.textContent('#body-errors li');
    assert.match(item, /^Dòng 5:/, 'the message names the body line: ' + item);
    await page.waitForSelector('#gutter .bad');
    await screenshot(page, 'body-error');
    await page.fill('#body', body);
    await page.waitForFunction(() => !document.querySelector('#body-errors li'));
  });

  await step('save, then download the PDF and read its text', async () => {
    await page.click('#btn-save');
    await page.waitForSelector('.save-state.saved');
    const saved = fs.readFileSync(path.join(work, 'tb-15.vb'), 'utf8');
    assert.ok(saved.includes('giải ngân vốn đầu tư công quý IV') && saved.includes('Sở Tài chính'));
    assert.ok(saved.includes('{% extends "thong-bao" %}'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-pdf')]);
    assert.equal(download.suggestedFilename(), 'tb-15.pdf');
    const text = pdfText(fs.readFileSync(await download.path()));
    assert.ok(text.includes('THÔNG BÁO'));
    assert.ok(text.includes('Các đơn vị đã giải ngân được 85% kế hoạch vốn năm.'));
    assert.ok(text.includes('Sở Tài chính'));
    // The same document rendered by the command line gives the same text: preview = render.
    execFileSync(vanban, ['render', path.join(work, 'tb-15.vb'), '-o', work]);
    assert.equal(pdfText(fs.readFileSync(path.join(work, 'tb-15.pdf'))), text);
  });

  await step('download the DOCX: a Word file (a zip with word/document.xml) of the same text', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-docx')]);
    assert.equal(download.suggestedFilename(), 'tb-15.docx');
    const file = await download.path();
    assert.equal(fs.readFileSync(file).subarray(0, 2).toString(), 'PK');
    assert.ok(zipEntries(file).includes('word/document.xml'), zipEntries(file).join(' '));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString();
    assert.ok(xml.includes('85% kế hoạch vốn năm'), 'the body is in the Word file');
  });

  await step('a second clerk\'s save is refused, nothing overwritten', async () => {
    const file = path.join(work, 'tb-15.vb');
    const other = fs.readFileSync(file, 'utf8').replace('Sở Tài chính', 'Sở Xây dựng');
    fs.writeFileSync(file, other);
    await page.locator('#form > [data-field="trich_yeu"] input').fill('Về việc một thay đổi khác');
    await page.click('#btn-save');
    await page.waitForSelector('#banner:not([hidden])');
    assert.match(await page.textContent('#banner'), /đã được sửa ở nơi khác/);
    assert.equal(fs.readFileSync(file, 'utf8'), other, 'the other save is kept');
    await screenshot(page, 'conflict');
    await page.click('#banner button');
    await page.waitForFunction(() => [...document.querySelectorAll('#form > [data-field="noi_nhan"] input')].some((i) => i.value === 'Sở Xây dựng'));
  });

  await step('paste from Word keeps headings, lists, emphasis and footnotes', async () => {
    await page.fill('#body', '');
    const html = fs.readFileSync(path.join(sourceDir, 'tests/serve/word-fragment.html'), 'utf8');
    await page.evaluate((fragment) => {
      const ta = document.getElementById('body');
      ta.focus();
      const dt = new DataTransfer();
      dt.setData('text/html', fragment);
      dt.setData('text/plain', 'plain');
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, html);
    const body = await page.inputValue('#body');
    assert.ok(body.includes('**I. KẾT QUẢ THỰC HIỆN**'), body);
    assert.ok(body.includes('**1. Về giải ngân vốn**'), body);
    assert.ok(body.includes('- Hoàn thành *đúng hạn* các công trình'), body);
    assert.ok(body.includes('+ Công trình trường học'), body);
    assert.ok(body.includes('đạt **85%** kế hoạch^[Số liệu đến ngày 30/9/2026.]'), body);
    assert.ok(!body.includes('mso-'), body);
    assert.ok(await lastPreview('KẾT QUẢ THỰC HIỆN'), 'the pasted structure renders');
    await screenshot(page, 'pasted-from-word');
  });

  await step('a request without the CSRF token is refused', async () => {
    const before = fs.readFileSync(path.join(work, 'tb-15.vb'), 'utf8');
    const status = await page.evaluate(async () => {
      const r = await fetch('/api/save', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ path: 'tb-15.vb', type: 'thong-bao', fields: {}, body: 'xóa', version: '' }) });
      return r.status;
    });
    assert.equal(status, 403);
    assert.equal(fs.readFileSync(path.join(work, 'tb-15.vb'), 'utf8'), before);
  });

  // A confirm() appears only when the open document has unsaved changes, and
  // may come more than once: during these steps every dialog is accepted (a
  // dialog with no listener is dismissed, and the document would not open),
  // the listener is removed at the end of its step (left over, it met the
  // next step's dialog beside that step's own), and an accept() that finds
  // the dialog gone is harmless.
  const acceptDialog = (d) => d.accept().catch(() => {});

  await step('an existing document opens in the form', async () => {
    page.on('dialog', acceptDialog);
    await page.click('#doc-list button:has-text("thong-bao-90.vb")');
    await page.waitForFunction(() => document.getElementById('doc-path').textContent.startsWith('thong-bao-90.vb'));
    assert.equal(await page.locator('#form > [data-field="ngay"] input').inputValue(), '28/03/2023');
    assert.ok(await lastPreview('90/TB-UBND'));
    await page.waitForTimeout(500);
    await screenshot(page, 'existing-document');
    page.off('dialog', acceptDialog);
  });

  await step('a Word draft is uploaded, imported and opens in the form; a .doc is refused with the importer\'s reason', async () => {
    page.on('dialog', acceptDialog);
    await page.setInputFiles('#import-input', path.join(sourceDir, 'tests/fixtures/docx/cong-van.docx'));
    await page.waitForFunction(() => document.getElementById('doc-path').textContent.startsWith('cong-van.vb'));
    assert.ok(fs.existsSync(path.join(work, 'cong-van.vb')), 'the imported document is a file of the workspace');
    const imported = fs.readFileSync(path.join(work, 'cong-van.vb'), 'utf8');
    assert.match(imported, /^---\n# Nhập từ cong-van\.docx \(vanban import\)/);
    await page.waitForSelector('#notice:not([hidden])');
    assert.match(await page.textContent('#notice'), /Đã nhập cong-van\.docx thành cong-van\.vb/);
    assert.equal(await page.textContent('#doc-type'), 'Công văn');
    assert.ok(await page.locator('#form > [data-field="trich_yeu"] input, #form > [data-field="trich_yeu"] textarea').first().inputValue());
    await page.waitForTimeout(600);
    await screenshot(page, 'imported-from-word');
    // Saving from the form keeps the import's comment at the top of the front matter.
    await page.click('#btn-save');
    await page.waitForSelector('.save-state.saved');
    assert.match(fs.readFileSync(path.join(work, 'cong-van.vb'), 'utf8'), /^---\n# Nhập từ cong-van\.docx/);
    // Word 97-2003's .doc (an OLE file, not a zip) is refused, and nothing is written.
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await page.setInputFiles('#import-input', { name: 'cu.doc', mimeType: 'application/msword', buffer: ole });
    await page.waitForSelector('#notice.bad');
    assert.match(await page.textContent('#notice'), /Không nhập được cu\.doc/);
    assert.ok(!fs.existsSync(path.join(work, 'cu.vb')));
    await screenshot(page, 'import-refused');
    page.off('dialog', acceptDialog);
  });

  // Expected refusals (422 while the document has errors, the 409 and 403 above) are logged by Chromium;
  // so are the inline styles of Chromium's own PDF viewer, which the page's strict CSP refuses in the
  // blob: frame (the viewer renders all the same). Anything else is a fault of the page.
  const unexpected = consoleErrors.filter((e) => !/status of 4(03|09|22)/.test(e) && !/Applying inline style/.test(e));
  await step('the compile grid shows the one file missing', async () => {
    await page.click('#data-list button:has-text("tong-hop/bien-soan.yaml")');
    await page.waitForSelector('#compile:not([hidden]) #compile-grid td');
    const missing = await page.$$eval('#compile-grid td.missing', (cells) => cells.map((c) => c.dataset.unit + ' ' + c.dataset.month));
    assert.deepEqual(missing, ['Huyện Cẩm Xuyên 8']);
    assert.equal(await page.locator('#compile-grid td.arrived').count(), 13 * 8 - 1);
    assert.match(await page.textContent('#compile-summary'), /Còn thiếu 1 ô, 0 ô có lỗi/);
    await screenshot(page, 'compile-grid');
    assert.ok(await page.locator('#btn-report-pdf').isDisabled(), 'no report while a file is missing');
  });

  await step('a unit\'s file dropped on the page goes where the spec looks; the grid follows; the report renders', async () => {
    const sent = fs.readFileSync(path.join(sourceDir, 'samples/compile/huyen/huyen-cam-xuyen/2023-08.xlsx'));
    // A name that matches no source is refused with the names the spec takes.
    await page.setInputFiles('#drop-input', { name: 'so-lieu-cam-xuyen.xlsx', mimeType: 'application/octet-stream', buffer: sent });
    await page.waitForSelector('#drop-results li.bad');
    assert.match(await page.textContent('#drop-results li.bad'), /không khớp nguồn số liệu nào.*huyen-thanh-pho-ha-tinh|không khớp nguồn số liệu nào/);
    assert.equal(await page.locator('#compile-grid td.missing').count(), 1);
    // Dropped as the district names it: unit, year, month.
    await page.evaluate(async (bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'huyen-cam-xuyen-2023-08.xlsx'));
      document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [...sent]);
    await page.waitForSelector('#compile-summary.ok');
    assert.equal(await page.locator('#compile-grid td.missing').count(), 0);
    assert.ok(fs.readFileSync(path.join(work, 'tong-hop/huyen/huyen-cam-xuyen/2023-08.xlsx')).equals(sent), 'saved where the spec looks');
    assert.equal(await page.getAttribute('#compile-grid td.just', 'data-month'), '8');
    assert.match(await page.textContent('#drop-results li.ok'), /Huyện Cẩm Xuyên, tháng 8/);
    await screenshot(page, 'compile-dropped');
    await page.selectOption('#report-doc', 'bao-cao-8-thang.vb');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-report-pdf')]);
    assert.equal(download.suggestedFilename(), 'bao-cao-8-thang.pdf');
    const text = pdfText(fs.readFileSync(await download.path()));
    assert.ok(text.includes('8 tháng'), text.slice(0, 400));
    assert.ok(text.includes('Cẩm Xuyên'));
    // The same report from the command line: the page renders what `vanban render … SPEC.yaml` does.
    execFileSync(vanban, ['render', path.join(work, 'bao-cao-8-thang.vb'), path.join(work, 'bao-cao-8-thang.yaml'),
      path.join(work, 'tong-hop/bien-soan.yaml'), '-o', work]);
    assert.equal(pdfText(fs.readFileSync(path.join(work, 'bao-cao-8-thang.pdf'))), text);
    await screenshot(page, 'compile-report');
  });

  assert.deepEqual(unexpected, [], 'no error in the page');
} catch (e) {
  failed = true;
  console.log('FAIL ' + (e.stack || e));
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
