#!/bin/sh
# Regenerates the fonts package pdfdoc embeds, from Debian's
# fonts-dejavu-core (DejaVu Sans 2.37) with pyftsubset (Debian's
# fonttools) and fpdf's MakeFont. Run it from anywhere; it writes into the
# folder it lives in. The outputs are committed, so building kepatuhan
# needs none of these tools.
#
#   DejaVuSans{,-Bold}-Unicode.ttf  every glyph the cards may draw (Latin,
#                                   Latin-1/Extended-A/B, combining marks,
#                                   Greek, punctuation, arrows, maths,
#                                   shapes, check marks, U+FFFD)
#   DejaVuSans{,-Bold}-8bit.json/.z the glyphs of kepatuhan.map only, as
#                                   fpdf 8-bit TrueType definitions: the
#                                   fast path (no per-document parsing or
#                                   subsetting)
#   LICENSE-DejaVu.txt              the fonts' licence, as Debian ships it
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

uni="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+2610-2612,U+2713-2718,U+FFFD"
# The code points kepatuhan.map uses (positions 32-255).
enc=$(sed -n 's/^!\([2-9A-F][0-9A-F]\) \(U+[0-9A-F]*\) .*/\2/p' "$here/kepatuhan.map" | paste -sd, -)

for style in "" -Bold; do
	pyftsubset "$src/DejaVuSans$style.ttf" --unicodes="$uni" --no-hinting \
		--no-recalc-timestamp --drop-tables+=FFTM \
		--output-file="$here/DejaVuSans$style-Unicode.ttf"
	pyftsubset "$src/DejaVuSans$style.ttf" --unicodes="$enc" --no-hinting \
		--no-recalc-timestamp --drop-tables+=FFTM --glyph-names \
		--output-file="$tmp/DejaVuSans$style-8bit.ttf"
done
cp "$here/kepatuhan.map" "$tmp/"
cp "$(cd "$here" && go list -m -f '{{.Dir}}' codeberg.org/go-pdf/fpdf)/font/cp1252.map" "$tmp/"
(cd "$here" && go run ../internal/mkfont "$tmp" "$here")
cp /usr/share/doc/fonts-dejavu-core/copyright "$here/LICENSE-DejaVu.txt"
