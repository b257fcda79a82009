#!/bin/sh
# Membuat ulang gambar panduan pengguna (docs/panduan.md) dari contoh
# kabupaten (testdata/example): menyusun program, menjalankan perintah
# panduan di folder sementara, lalu memotret halaman yang dipilih.
#
#     docs/gambar/buat.sh          (dari folder mana pun)
#
# Remakes the pictures of the user guide: builds kepatuhan, runs the
# guide's commands on the example district in a temporary folder (the
# example copied to contoh/, as in the release archive), renders the PDFs
# with pdftoppm and the workbooks through LibreOffice (A4, as they print),
# and copies the chosen pages here. Needs Go, poppler-utils (pdftoppm,
# pdftotext) and LibreOffice. The documents are byte-identical for the
# same commit (SOURCE_DATE_EPOCH, default 31 December 2024); the PNGs are
# too on the same poppler, LibreOffice and fonts.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1735603200}" # 2024-12-31
export KEPATUHAN_LANG=id NO_COLOR=1

(cd "$root" && go build -trimpath -o "$tmp/kepatuhan" ./cmd/kepatuhan)
mkdir -p "$tmp/kerja/contoh" "$tmp/lo"
cp -R "$root/testdata/example/." "$tmp/kerja/contoh/"
cd "$tmp/kerja"

# jalankan STATUS PERINTAH...: the command must end with that status.
jalankan() {
	want=$1
	shift
	set +e
	"$tmp/kepatuhan" "$@" >/dev/null 2>&1
	got=$?
	set -e
	if [ "$got" != "$want" ]; then
		echo "buat.sh: kepatuhan $*: status $got, diharapkan $want" >&2
		exit 1
	fi
}

jalankan 0 form --rubric ombudsman-2019 --units contoh/unit-2024.csv -o formulir-2024.xlsx
jalankan 4 score contoh/penilaian-2024.xlsx --bukti contoh/bukti-2024 --pdf rapor-2024 --xlsx hasil-2024.xlsx -o hasil-2024.json
jalankan 4 report hasil-2024.json -o laporan-2024.pdf
jalankan 0 skm contoh/survei-skm-2024.xlsx --units contoh/unit-skm-2024.csv --previous contoh/survei-skm-2023.xlsx -o laporan-skm-2024.pdf --pdf laporan-skm-2024
jalankan 0 score contoh/penilaian-2023.xlsx --bukti contoh/bukti-2023 -o hasil-2023.json
jalankan 5 diff hasil-2023.json hasil-2024.json -o perbandingan-2023-2024.pdf
jalankan 4 score contoh/verifikasi-2024.xlsx --koreksi contoh/koreksi-2024.yaml -o hasil-ronde-2024.json
jalankan 4 berita-acara hasil-ronde-2024.json --config contoh/kepatuhan.yaml -o berita-acara-2024

# The workbooks as LibreOffice prints them.
cp contoh/penilaian-2024.xlsx penilaian-2024.xlsx
cp contoh/verifikasi-2024.xlsx verifikasi-2024.xlsx
libreoffice --headless "-env:UserInstallation=file://$tmp/lo" --convert-to pdf --outdir cetak \
	formulir-2024.xlsx penilaian-2024.xlsx verifikasi-2024.xlsx hasil-2024.xlsx >/dev/null 2>&1

# halaman PDF POLA: the first page of PDF with a line (as laid out) that
# matches the extended regular expression POLA whole.
halaman() {
	n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
	i=1
	while [ "$i" -le "$n" ]; do
		if pdftotext -layout -f "$i" -l "$i" "$1" - | grep -Eqx " *$2 *"; then
			echo "$i"
			return
		fi
		i=$((i + 1))
	done
	echo "buat.sh: tidak ada halaman \"$2\" di $1" >&2
	exit 1
}

# potret NAMA PDF HALAMAN DPI [TINGGI]: page HALAMAN of PDF at DPI (only
# its top TINGGI pixels when given) becomes NAMA.png here.
potret() {
	crop=""
	if [ $# -ge 5 ]; then
		crop="-x 0 -y 0 -W 2000 -H $5"
	fi
	# shellcheck disable=SC2086
	pdftoppm -png -r "$4" -f "$3" -l "$3" -singlefile $crop "$2" "$tmp/$1"
	size=$(wc -c <"$tmp/$1.png")
	if [ "$size" -gt 150000 ]; then
		echo "buat.sh: $1.png $size bita, lebih dari 150 KB" >&2
		exit 1
	fi
	cp "$tmp/$1.png" "$here/$1.png"
	echo "$1.png  $2 halaman $3  $size bita"
}

p=$(halaman cetak/formulir-2024.pdf 'Kode Unit +DINKES')
potret formulir cetak/formulir-2024.pdf "$p" 80 520
p=$(halaman cetak/penilaian-2024.pdf 'Kode Unit +DINSOS')
potret formulir-terisi cetak/penilaian-2024.pdf "$p" 80 520
p=$(halaman cetak/verifikasi-2024.pdf 'Kode Unit +DINSOS')
potret formulir-verifikasi cetak/verifikasi-2024.pdf "$p" 80 520
potret berita-acara-dinsos berita-acara-2024/DINSOS.pdf 1 60
potret berita-acara-dinsos-ttd berita-acara-2024/DINSOS.pdf 2 60
potret rapor-dinsos rapor-2024/DINSOS.pdf 1 60
p=$(halaman rapor-2024/DINSOS.pdf 'Foto bukti \([0-9]+\)')
potret rapor-dinsos-foto rapor-2024/DINSOS.pdf "$p" 60
potret hasil-ringkasan cetak/hasil-2024.pdf 1 60 290
p=$(halaman laporan-2024.pdf '1\. Ringkasan eksekutif')
potret laporan-ringkasan laporan-2024.pdf "$p" 60
p=$(halaman laporan-2024.pdf '3\. Peringkat unit')
potret laporan-peringkat laporan-2024.pdf "$p" 60
potret skm-gabungan laporan-skm-2024.pdf 1 60
p=$(halaman laporan-skm-2024/DINSOS.pdf 'Perhitungan IKM')
potret skm-ikm-dinsos laporan-skm-2024/DINSOS.pdf "$p" 60
potret perbandingan perbandingan-2023-2024.pdf 1 60
