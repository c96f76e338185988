"""Text files in every common encoding, DOCX tables in document order, saved web
pages without their furniture, and emails with their quoting: each made here."""

from __future__ import annotations

import codecs
from email.message import EmailMessage

import pytest

from ua_desktop.core.importer.extract import extract_bytes
from ua_desktop.core.importer.extract.plain import detect_encoding

RUSSIAN = ("СРОЧНАЯ АКЦИЯ\n\nЖурналист Болотбек Асанов задержан в Бишкеке.\n\n"
           "Пишите министру внутренних дел до 12 мая.\nОбращение: Уважаемый господин министр\n")
FRENCH = ("ACTION URGENTE\n\nLe défenseur Éloïse Bénard a été arrêté à Tunis ; sa sœur n'a reçu aucune "
          "réponse.\n\nÉcrivez au ministre de l'Intérieur avant le 5 février.\nFormule d'appel : Monsieur le Ministre\n")


@pytest.mark.parametrize("text, encoding", [
    (RUSSIAN, "cp1251"), (FRENCH, "cp1252"), (RUSSIAN, "utf-8"), (FRENCH, "utf-8"),
    (RUSSIAN, "utf-8-sig"), (FRENCH, "utf-8-sig"),
    (RUSSIAN, "utf-16-le"), (RUSSIAN, "utf-16-be"), (FRENCH, "utf-16-le"), (FRENCH, "utf-16-be"),
    (RUSSIAN, "utf-16"), (FRENCH, "utf-16"), ("BOM" + FRENCH, "bom-be"), ("BOM" + RUSSIAN, "bom-le"),
])
def test_text_files_in_each_encoding(text, encoding):
    if encoding == "bom-be":
        data, text = codecs.BOM_UTF16_BE + text[3:].encode("utf-16-be"), text[3:]
    elif encoding == "bom-le":
        data, text = codecs.BOM_UTF16_LE + text[3:].encode("utf-16-le"), text[3:]
    else:
        data = text.encode(encoding)
    got = extract_bytes(data, "sheet.txt")
    assert got.kind == "text"
    assert got.text == text
    assert [block.text for block in got.blocks][0] in ("СРОЧНАЯ АКЦИЯ", "ACTION URGENTE")


def test_the_encoding_found_is_reported():
    assert codecs.lookup(extract_bytes(RUSSIAN.encode("cp1251"), "a.txt").encoding).name == "cp1251"
    assert codecs.lookup(extract_bytes(FRENCH.encode("cp1252"), "a.txt").encoding).name == "cp1252"
    assert detect_encoding(FRENCH.encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(RUSSIAN.encode("utf-16-be")) == "utf-16-be"
    assert detect_encoding(b"URGENT ACTION") == "utf-8"


# ---------------------------------------------------------------- DOCX


def test_docx_recipient_table_in_document_order(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("URGENT ACTION", level=1)
    document.add_paragraph("Journalist detained in Bishkek.")
    document.add_paragraph("release him immediately", style="List Bullet")
    document.add_paragraph("protect him from torture", style="List Bullet")
    document.add_paragraph("PLEASE SEND APPEALS TO:").runs[0].bold = True
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "Minister of Internal Affairs\nBolotbek Asanov\nFax: +996 312 66 28 60"
    right.paragraphs[0].text = "Prosecutor General"
    right.add_paragraph("Aida Saparova")
    right.add_paragraph("")
    right.add_paragraph("Salutation: Dear Prosecutor General")
    document.add_paragraph("Background information")
    path = tmp_path / "sheet.docx"
    document.save(path)
    got = extract_bytes(path.read_bytes(), "sheet.docx")
    assert got.kind == "docx"
    assert [block.text for block in got.blocks] == [
        "URGENT ACTION", "Journalist detained in Bishkek.", "• release him immediately\n• protect him from torture",
        "PLEASE SEND APPEALS TO:", "Minister of Internal Affairs\nBolotbek Asanov\nFax: +996 312 66 28 60",
        "Prosecutor General\nAida Saparova", "Salutation: Dear Prosecutor General", "Background information"]
    heading, *_ = got.blocks
    assert heading.is_heading and got.blocks[1].heading == "URGENT ACTION"
    assert got.blocks[3].is_heading  # all bold
    assert [block.in_table for block in got.blocks[4:7]] == [True, True, True]
    assert got.blocks[4].heading == "PLEASE SEND APPEALS TO:"


# ---------------------------------------------------------------- web pages

PAGE = """<!DOCTYPE html><html><head><title>UA</title><style>p { color: red }</style>
<script>var appeal = "URGENT";</script></head><body class="has-sidebar">
<header><a href="/">Home</a> <a href="/donate">Donate</a></header>
<nav><ul><li>News</li><li>Campaigns</li></ul></nav>
<div id="cookie-banner"><p>We use cookies. Accept all</p></div>
<main><article>
<h1>Urgent Action: Journalist detained</h1>
<p>Pavel Orlov &amp; his lawyer were detained on 2&nbsp;March.<br>He is at risk of torture.</p>
<h2>Take action</h2>
<p><strong>Write to:</strong></p>
<ol><li>Write a letter</li><li>Tell us what you did</li></ol>
<p>Email: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="0b62">[email&#160;protected]</a>
<br>Fax: +7 495 667 0810</p>
<table><tr><td>Minister<br>Rashid Nurgaliev</td><td>Prosecutor<br>Yury Chaika</td></tr></table>
<div class="share-links">Share this: <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
<p>Share this: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=x">Twitter</a> <a href="mailto:?subject=UA">Email</a></p>
<p>Partager&nbsp;:</p>
</article>
<aside>Related: other cases</aside>
<form><input name="q"><button>Search</button></form>
</main>
<footer>© Example section. Privacy policy.</footer>
<noscript>Enable JavaScript</noscript>
</body></html>"""


def test_web_page_without_its_furniture():
    got = extract_bytes(PAGE.encode("utf-8"), "page.html")
    assert got.kind == "html"
    assert [block.text for block in got.blocks] == [
        "Urgent Action: Journalist detained",
        "Pavel Orlov & his lawyer were detained on 2 March.\nHe is at risk of torture.",
        "Take action",
        "Write to:",
        "• Write a letter\n• Tell us what you did",
        "Email: [email protected]\nFax: +7 495 667 0810",
        "Minister\nRashid Nurgaliev",
        "Prosecutor\nYury Chaika",
    ]
    assert [block.is_heading for block in got.blocks[:5]] == [True, False, True, True, False]
    assert got.blocks[4].heading == "Write to:"
    assert got.blocks[6].in_table and got.blocks[7].in_table
    for furniture in ("cookies", "Donate", "Facebook", "appeal", "Privacy", "Related", "Search", "JavaScript"):
        assert furniture not in got.text


def test_web_page_in_a_legacy_encoding_named_by_extension():
    page = "<p>Журналист задержан в Бишкеке.</p><p>Пишите министру до 12 мая.</p>"
    got = extract_bytes(page.encode("cp1251"), "page.htm")
    assert got.text == "Журналист задержан в Бишкеке.\n\nПишите министру до 12 мая."


# ---------------------------------------------------------------- emails


def _email(body: str, *, subtype: str = "plain", cte: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Urgent Actions <ua@example.org>"
    message["To"] = "network@example.org"
    message["Subject"] = "UA 123/11 Journalist detained"
    message["Date"] = "Fri, 18 Jun 2010 10:00:00 +0000"
    message.set_content(body, subtype=subtype, cte=cte)
    return bytes(message)


def test_plain_email_with_quoting_and_signature():
    body = ("Dear network,\nplease act on this one.\n-- \nAnna, UA coordinator\nTel 123\n\n"
            "> URGENT ACTION\n> Journalist détenu à Moscou.\n>\n> > Please write before 14 April.\n"
            "> -- \n> The section office\n")
    for cte in ("quoted-printable", "base64"):
        got = extract_bytes(_email(body, cte=cte), "ua.eml")
        assert got.kind == "email"
        assert got.blocks[0].text == "Subject: UA 123/11 Journalist detained\nDate: Fri, 18 Jun 2010 10:00:00 +0000"
        assert got.blocks[0].is_heading
        assert [block.text for block in got.blocks[1:]] == [
            "Dear network,\nplease act on this one.",
            "URGENT ACTION\nJournalist détenu à Moscou.", "Please write before 14 April."]
        assert "Anna" not in got.text and "section office" not in got.text and "From:" not in got.text


def test_html_email_goes_through_the_web_page_extractor():
    got = extract_bytes(_email("<html><body><nav>Menu</nav><h1>URGENT ACTION</h1><p>Write today.</p></body></html>",
                               subtype="html"), "ua.eml")
    assert [block.text for block in got.blocks] == [
        "Subject: UA 123/11 Journalist detained\nDate: Fri, 18 Jun 2010 10:00:00 +0000", "URGENT ACTION", "Write today."]
    assert got.blocks[2].heading == "URGENT ACTION"


def test_email_in_a_legacy_charset():
    message = EmailMessage()
    message["Subject"] = "Срочная акция"
    message.set_content("Журналист задержан.\nПишите министру.", charset="koi8-r")
    got = extract_bytes(bytes(message), "ua.eml")
    assert got.text == "Subject: Срочная акция\n\nЖурналист задержан.\nПишите министру."


def test_docx_content_controls_and_text_boxes(tmp_path):
    """Forms put fields in content controls (w:sdt); some sheets put an address in a text box (which
    Word stores twice: the drawing and a fallback copy)."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("URGENT ACTION")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>INDEX NUMBER: AMR 37/6674/2017</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'))
    anchor = document.add_paragraph("Write to:")
    anchor._p.append(parse_xml(
        f'<w:r {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        f'<w:p><w:r><w:t>Minister of Justice</w:t></w:r></w:p><w:p><w:r><w:t>Fax: +504 2221 8571</w:t></w:r></w:p>'
        f'</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
        f'<w:p><w:r><w:t>Minister of Justice</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>'))
    path = tmp_path / "form.docx"
    document.save(path)
    texts = [block.text for block in extract_bytes(path.read_bytes(), "form.docx").blocks]
    assert texts[:2] == ["URGENT ACTION", "INDEX NUMBER: AMR 37/6674/2017"]
    assert texts[2].startswith("Write to:")
    assert texts[3:] == ["Minister of Justice\nFax: +504 2221 8571"]


def test_web_page_form_tables_and_preformatted_text():
    page = ("<table><tr><td>Fax:</td><td>+7 495 667 0810</td></tr><tr><td>Email:</td><td>info@mvd.ru</td></tr>"
            "<tr><td>Salutation:</td><td>Dear Minister</td></tr></table>"
            "<pre>URGENT ACTION\nJournalist detained.\n\nWrite to the Minister.</pre>")
    got = extract_bytes(page.encode(), "page.html")
    assert [block.text for block in got.blocks] == [
        "Fax: +7 495 667 0810", "Email: info@mvd.ru", "Salutation: Dear Minister",
        "URGENT ACTION\nJournalist detained.", "Write to the Minister."]
    assert got.blocks[0].in_table


def test_flowed_email_lines_are_joined():
    raw = ("Subject: UA 12/11\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
           "Please write to the Minister of Justice calling on him to release \nthe journalist immediately.\n"
           "-- \nAnna\n").encode()
    got = extract_bytes(raw, "ua.eml")
    assert got.blocks[1].text == ("Please write to the Minister of Justice calling on him to release "
                                  "the journalist immediately.")


def test_an_email_with_the_sheet_attached(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("URGENT ACTION")
    document.add_paragraph("Journalist detained in Bishkek.")
    path = tmp_path / "ua.docx"
    document.save(path)
    message = EmailMessage()
    message["Subject"] = "UA 123/11"
    message.set_content("Dear network, the new Urgent Action is attached.\n")
    message.add_attachment(path.read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="ua.docx")
    message.add_attachment(b"PK\x03\x04 damaged", maintype="application", subtype="octet-stream", filename="old.docx")
    message.add_attachment(b"\x89PNG picture", maintype="image", subtype="png", filename="logo.png")
    got = extract_bytes(bytes(message), "ua.eml")
    assert [block.text for block in got.blocks] == [
        "Subject: UA 123/11", "Dear network, the new Urgent Action is attached.", "URGENT ACTION",
        "Journalist detained in Bishkek."]
