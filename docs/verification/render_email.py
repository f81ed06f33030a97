#!/usr/bin/env python3
"""Show an e-mail as a mail client would: render its HTML body with headless Chromium to a PNG.

Usage: render_email.py MESSAGE.eml OUTPUT.png [WIDTH] [HEIGHT]

The script reads the message with Python's email package. It writes the HTML part and every part
that has a Content-ID into a temporary folder and points each cid: reference of the HTML at the saved
file. Then Chromium (the chromium command, or $CHROMIUM) takes a screenshot. The script fails when
the HTML references a Content-ID that the message does not contain, because a client would then show
a broken image. It shares no code with EduReport.
"""
import email
import os
import re
import subprocess
import sys
import tempfile
from email import policy


def main():
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    source, target = sys.argv[1], os.path.abspath(sys.argv[2])
    width = int(sys.argv[3]) if len(sys.argv) >= 4 else 700
    # The screenshot is as tall as the window: make it taller to see the end of a long message.
    height = int(sys.argv[4]) if len(sys.argv) == 5 else 1600

    with open(source, 'rb') as handle:
        message = email.message_from_binary_file(handle, policy=policy.default)
    html_part = message.get_body(preferencelist=('html',))
    if html_part is None:
        sys.exit(f'{source} has no HTML body.')
    html = html_part.get_content()

    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for index, part in enumerate(message.walk()):
            content_id = part.get('Content-ID')
            if content_id is None or part.is_multipart():
                continue
            name = f'part{index}' + os.path.splitext(part.get_filename() or '')[1]
            with open(os.path.join(folder, name), 'wb') as handle:
                handle.write(part.get_payload(decode=True))
            files[content_id.strip().strip('<>')] = name

        missing = sorted(set(re.findall(r'cid:([^"\'\s>]+)', html)) - set(files))
        if missing:
            sys.exit('The HTML references Content-IDs that the message lacks: ' + ', '.join(missing))
        html = re.sub(r'cid:([^"\'\s>]+)', lambda m: files[m.group(1)], html)

        page = os.path.join(folder, 'message.html')
        with open(page, 'w', encoding='utf-8') as handle:
            handle.write(html)

        chromium = os.environ.get('CHROMIUM', 'chromium')
        subprocess.run(
            [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
             '--disable-background-networking', f'--window-size={width},{height}',
             f'--screenshot={target}', 'file://' + page],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f'{target}: {len(files)} inline parts, subject: {message["Subject"]}')


if __name__ == '__main__':
    main()
