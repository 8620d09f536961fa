"""Link-preview images (og:image): a 1200×630 PNG card per page title, drawn offline with Pillow
in Roboto (the font-roboto package, pinned like any dependency), so the build fetches nothing and
every letter of the names is drawn as written: Çırağan, Noël, Київ.

A card depends only on the site name and the page title, so it is named by their
hash and kept in a cache folder: a rebuild copies the cards it has and draws only
new ones.
"""

import hashlib
import os
import shutil
import textwrap
from functools import cache
from pathlib import Path

import font_roboto
from PIL import Image, ImageDraw, ImageFont

FOLDER = "assets/previews"
WIDTH, HEIGHT = 1200, 630
CARD_VERSION = "2"  # change with the drawing below, so cached cards are redrawn
_BACKGROUND, _TEXT = (0x1A, 0x23, 0x7E), (0xFF, 0xFF, 0xFF)  # Material's indigo, white
_MUTED = 190  # the site name: a grey between the two
_MARGIN = 80
# Drawn in grey levels, then shown through a palette from background to text colour: one byte
# a pixel, so a card is saved three times faster than in RGB, with the same anti-aliasing.
_PALETTE = [
    round(b + (t - b) * level / 255)
    for level in range(256)
    for b, t in zip(_BACKGROUND, _TEXT, strict=True)
]
FONTS = {"name": "Roboto", "title": "RobotoMedium"}  # font-roboto's names of its files


def name(site_name, title):
    """The card's file name under FOLDER: a hash of what it shows."""
    key = "\x1f".join((CARD_VERSION, site_name, title)).encode("utf-8")
    return hashlib.sha256(key).hexdigest()[:20] + ".png"


@cache
def font(which, size):
    return ImageFont.truetype(font_roboto.font_files[FONTS[which]], size=size)


def draw(site_name, title):
    """The card as a Pillow image: the site name above the page title, wrapped."""
    grey = Image.new("L", (WIDTH, HEIGHT), 0)
    pen = ImageDraw.Draw(grey)
    pen.text((_MARGIN, _MARGIN), site_name, font=font("name", 40), fill=_MUTED)
    lines = textwrap.wrap(title, width=28, max_lines=4, placeholder=" …") or [""]
    pen.multiline_text(
        (_MARGIN, 190), "\n".join(lines), font=font("title", 72), fill=255, spacing=18
    )
    card = Image.frombytes("P", grey.size, grey.tobytes())
    card.putpalette(_PALETTE)
    return card


def ensure(site_dir, cache_dir, site_name, title):
    """The card for this title in the built site, drawn only if the cache lacks it; returns its URL path."""
    file_name = name(site_name, title)
    cached = Path(cache_dir) / file_name
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        # a file of this process's own, then renamed: whole cards only, even if a build is stopped,
        # and two builds drawing the same card at once (the tests, on two cores) do not collide
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        draw(site_name, title).save(partial, "PNG")
        partial.replace(cached)
    target = Path(site_dir) / FOLDER / file_name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, target)
    return f"{FOLDER}/{file_name}"
