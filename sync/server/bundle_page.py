"""The upload page of sync by file (``GET /bundle``): for an office with a browser and a
connection but no command line, or headquarters staff at a desk.  One file in, the reply
file out (``POST /v1/bundle``), with what was done in words.  No script or style from
elsewhere; works without cookies; the file goes only to this server."""

BUNDLE_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Looking Beyond — sync by file</title>
<style>
 body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
 h1 { font-size: 1.4rem; }
 .box { border: 1px solid #c8c8c8; border-radius: 6px; padding: 1rem; margin: 1rem 0; }
 button { font: inherit; padding: .4rem 1rem; }
 #outcome { white-space: pre-line; }
 .error { color: #a00000; }
 .done { color: #0b5a0b; }
</style>
</head>
<body>
<h1>Sync by file</h1>
<p>A computer without a connection writes a sync file (in Looking Beyond: Sync &gt; Sync by File &gt;
<em>Write a File for Headquarters</em>). Choose that file here: headquarters applies it exactly as
that computer's sync would be applied, and gives you a <strong>reply file</strong>. Carry the reply
back and read it on the same computer (<em>Read a Reply from Headquarters</em>).</p>
<p>The files are sealed: only headquarters can read the first, only that computer the reply.</p>
<form id="form" class="box">
 <p><label for="file">Sync file from the computer (.lbsync):</label><br>
 <input id="file" name="file" type="file" accept=".lbsync" required></p>
 <button id="send" type="submit">Send to headquarters</button>
</form>
<div id="outcome" role="status" aria-live="polite"></div>
<p id="save" hidden><a id="link" download>Save the reply file</a></p>
<script>
const form = document.getElementById('form');
const outcome = document.getElementById('outcome');
const save = document.getElementById('save');
const link = document.getElementById('link');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) { return; }
  save.hidden = true;
  outcome.className = '';
  outcome.textContent = 'Sending ' + file.name + ' (' + Math.ceil(file.size / 1024) + ' KiB)…';
  document.getElementById('send').disabled = true;
  try {
    const answer = await fetch('v1/bundle', {method: 'POST', body: file,
                                             headers: {'Content-Type': 'application/octet-stream'}});
    if (!answer.ok) {
      let message = 'Headquarters answered with HTTP ' + answer.status + '.';
      try { message = (await answer.json()).error.message; } catch (e) {}
      outcome.className = 'error';
      outcome.textContent = 'Not applied. ' + message;
      return;
    }
    const reply = await answer.blob();
    const named = /filename="([^"]+)"/.exec(answer.headers.get('Content-Disposition') || '');
    link.href = URL.createObjectURL(reply);
    link.download = named ? named[1] : 'reply.lbsync';
    link.textContent = 'Save the reply file (' + link.download + ')';
    outcome.className = 'done';
    outcome.textContent = decodeURIComponent(answer.headers.get('X-Bundle-Summary') || 'Done.');
    save.hidden = false;
  } catch (e) {
    outcome.className = 'error';
    outcome.textContent = 'The file could not be sent (the connection failed). Nothing was lost: try again.';
  } finally {
    document.getElementById('send').disabled = false;
  }
});
</script>
</body>
</html>
"""
