<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kiosk/ui/detail_panel.py" line="+95"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village, district</source>
        <translation>Desa, kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NIK is partly hidden to protect the worker&apos;s personal data.</source>
        <translation>NIK ditampilkan sebagian untuk melindungi data pribadi peserta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a worker from the list to see their registration here.</source>
        <translation>Pilih peserta dari daftar untuk melihat datanya di sini.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kiosk/ui/import_dialog.py" line="+238"/>
        <source>Choose a registration list</source>
        <translation>Pilih daftar peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Daftar peserta (*.csv *.xlsx);;Semua file (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of about %2 rows</source>
        <translation>%1 dari sekitar %2 baris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import was stopped. Nothing in the registry was changed.</source>
        <translation>Impor dihentikan. Tidak ada data peserta yang berubah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import failed (%1). Nothing in the registry was changed.</source>
        <translation>Impor gagal (%1). Tidak ada data peserta yang berubah.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Import a registration list</source>
        <translation>Impor daftar peserta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the list of registered workers: a CSV file or an Excel workbook (.xlsx).

It needs at least the columns NIK, name, date of birth and KPJ number. Workers already in the registry are updated by their NIK. Rows with mistakes are not imported: they are listed afterwards, and saved in a file next to the list, so that they can be corrected and imported again.</source>
        <translation>Pilih daftar peserta yang terdaftar: file CSV atau buku kerja Excel (.xlsx).

Daftar minimal harus memiliki kolom NIK, nama, tanggal lahir, dan nomor KPJ. Peserta yang sudah ada diperbarui menurut NIK-nya. Baris yang salah tidak diimpor: baris itu ditampilkan sesudahnya dan disimpan dalam file di samping daftar, supaya dapat diperbaiki lalu diimpor lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import another file…</source>
        <translation>Impor file lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the rejected rows&apos; file</source>
        <translation>Tampilkan file baris yang ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Baris dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workers</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date</source>
        <translation>Sudah sesuai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported with a warning</source>
        <translation>Diimpor dengan peringatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is imported.</source>
        <translation>%1 sudah diimpor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rejected rows, with the reasons, are saved in %1. Correct them there and import that file.</source>
        <translation>Baris yang ditolak, beserta alasannya, disimpan di %1. Perbaiki di sana, lalu impor file itu.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../kiosk/texts/imports.py" line="+146"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place and date of birth</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regency</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location line="+8"/>
        <source>The file {name} is not there any more.</source>
        <translation>File {name} sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a registration list: choose a CSV or an Excel (.xlsx) file.</source>
        <translation>{name} bukan daftar peserta: pilih file CSV atau Excel (.xlsx).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be read. Is it open in another program?</source>
        <translation>{name} tidak dapat dibaca. Apakah file sedang dibuka di program lain?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no workers in it.</source>
        <translation>{name} tidak berisi peserta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} lacks columns the registry needs: {columns}.</source>
        <translation>{name} tidak memiliki kolom yang diperlukan: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rejected rows cannot be saved next to {name}. Copy the file to a folder you can write to, and import it from there.</source>
        <translation>Baris yang ditolak tidak dapat disimpan di samping {name}. Salin file ke folder yang dapat ditulisi, lalu impor dari sana.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location line="-176"/>
        <source>the NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel turned the NIK into a number like 5.31101E+15 and lost its last digits: format the NIK column as Text and type the NIK again</source>
        <translation>Excel mengubah NIK menjadi angka seperti 5.31101E+15 dan angka terakhirnya hilang: ubah format kolom NIK menjadi Teks lalu ketik ulang NIK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the NIK is stored as a number, and Excel keeps only 15 of its 16 digits: format the NIK column as Text and type the NIK again</source>
        <translation>NIK tersimpan sebagai angka, dan Excel hanya menyimpan 15 dari 16 angkanya: ubah format kolom NIK menjadi Teks lalu ketik ulang NIK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the NIK must have digits only</source>
        <translation>NIK hanya boleh berisi angka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the NIK has only {digits} digits instead of 16</source>
        <translation>NIK hanya {digits} angka, seharusnya 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK has {digits} digits instead of 16</source>
        <translation>NIK {digits} angka, seharusnya 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK does not start with a region code</source>
        <translation>NIK tidak diawali kode wilayah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits 7 to 12 of the NIK are not a date of birth</source>
        <translation>angka ke-7 sampai ke-12 NIK bukan tanggal lahir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK ends in 0000, which no NIK does</source>
        <translation>NIK berakhir dengan 0000, padahal tidak ada NIK seperti itu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same NIK is already on line {first_line}</source>
        <translation>NIK yang sama sudah ada di baris {first_line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is empty</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {max_length} characters</source>
        <translation>lebih dari {max_length} karakter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date of birth is empty</source>
        <translation>tanggal lahir kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of birth is not a date (write dd/mm/yyyy)</source>
        <translation>tanggal lahir bukan tanggal (tulis hh/bb/tttt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date of birth does not exist</source>
        <translation>tanggal lahir tidak ada di kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of birth is in the future</source>
        <translation>tanggal lahir ada di masa depan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sex must be L or P (Laki-laki or Perempuan)</source>
        <translation>jenis kelamin harus L atau P (Laki-laki atau Perempuan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the KPJ number is empty</source>
        <translation>nomor KPJ kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the KPJ number must have 11 digits, not {digits}</source>
        <translation>nomor KPJ harus 11 angka, bukan {digits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same KPJ number is already on line {first_line}</source>
        <translation>nomor KPJ yang sama sudah ada di baris {first_line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the KPJ number belongs to another worker (NIK {owner})</source>
        <translation>nomor KPJ milik peserta lain (NIK {owner})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a mobile phone number (08…, 62… or +62…)</source>
        <translation>bukan nomor HP (08…, 62… atau +62…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no desa/kelurahan in NTT has this code</source>
        <translation>tidak ada desa/kelurahan di NTT dengan kode ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no kecamatan in NTT has this name or code</source>
        <translation>tidak ada kecamatan di NTT dengan nama atau kode ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no desa/kelurahan in NTT has this name</source>
        <translation>tidak ada desa/kelurahan di NTT dengan nama ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no desa/kelurahan of this name in kecamatan {kecamatan}</source>
        <translation>tidak ada desa/kelurahan dengan nama ini di kecamatan {kecamatan}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>several desa/kelurahan have this name ({candidates}): add the kecamatan or the desa code</source>
        <translation>beberapa desa/kelurahan bernama sama ({candidates}): tambahkan kecamatan atau kode desa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the NIK&apos;s region {district} is not a kecamatan of NTT</source>
        <translation>wilayah NIK {district} bukan kecamatan di NTT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sex does not match the NIK</source>
        <translation>jenis kelamin tidak sesuai dengan NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of birth does not match the NIK ({nik_date})</source>
        <translation>tanggal lahir tidak sesuai dengan NIK ({nik_date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the desa/kelurahan is empty</source>
        <translation>desa/kelurahan kosong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no kabupaten/kota in NTT has this name or code</source>
        <translation>tidak ada kabupaten/kota di NTT dengan nama atau kode ini</translation>
    </message>
</context>
<context>
    <name>ImportRejects</name>
    <message>
        <location line="+76"/>
        <source>line</source>
        <translation>baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>isi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="+254"/>
        <source>The registry could not be read. Try again.</source>
        <translation>Data tidak dapat dibaca. Coba lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical detail: %1</source>
        <translation>Keterangan teknis: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>BPJS Ketenagakerjaan card handover</source>
        <translation>Serah terima kartu BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find a worker</source>
        <translation>Cari peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import list…</source>
        <translation>Impor daftar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a registration list (CSV or Excel)</source>
        <translation>Impor daftar peserta (CSV atau Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ go to the list   ·   Enter open   ·   Esc clear and start again</source>
        <translation>↓ ke daftar   ·   Enter buka   ·   Esc hapus dan mulai lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1   ·   Device: %2</source>
        <translation>Lokasi: %1   ·   Perangkat: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody matches. Check the spelling, or type the NIK or KPJ number instead.</source>
        <translation>Tidak ada yang cocok. Periksa ejaan, atau ketik nomor NIK atau KPJ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a worker&apos;s name or number, or scan their card.
The workers found appear here.</source>
        <translation>Ketik nama atau nomor peserta, atau pindai kartu pesertanya.
Hasil pencarian muncul di sini.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kiosk/ui/problems_model.py" line="+92"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported, check</source>
        <translation>Diimpor, periksa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../kiosk/ui/results_model.py" line="+106"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../kiosk/ui/search_panel.py" line="+225"/>
        <source>Type a name, NIK, KPJ or phone number, or scan a card</source>
        <translation>Ketik nama, NIK, KPJ atau no. HP, atau pindai kartu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search (Esc)</source>
        <translation>Hapus pencarian (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All districts</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type at least 2 letters or 4 digits</source>
        <translation>Ketik minimal 2 huruf atau 4 angka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No worker found</source>
        <translation>Tidak ada peserta yang cocok</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>More than %n found — type more</source>
        <translation>
            <numerusform>Lebih dari %n hasil — ketik lebih lengkap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../kiosk/cli.py" line="+92"/>
        <source>Creating demo workers: {done} / {total}</source>
        <translation>Membuat peserta demo: {done} / {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The registry already has {count} workers; use --replace to start over.</source>
        <translation>Registri sudah berisi {count} peserta; pakai --replace untuk mengulang dari awal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry already has {count} workers; nothing created.</source>
        <translation>Registri sudah berisi {count} peserta; tidak ada yang dibuat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).</source>
        <translation>{workers} peserta demo dibuat di {desa} desa dari {kecamatan} kecamatan (seed {seed}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No region named &apos;{name}&apos;.</source>
        <translation>Tidak ada wilayah bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; names several regions; give the kecamatan too, or a code.</source>
        <translation>&apos;{name}&apos; adalah nama beberapa wilayah; sebutkan juga kecamatannya, atau pakai kode.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No worker found.</source>
        <translation>Peserta tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More than {n} workers match; type more of the name.</source>
        <translation>Lebih dari {n} peserta cocok; ketik nama lebih lengkap.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli_import.py" line="+28"/>
        <source>Importing: {done} of about {total} rows</source>
        <translation>Mengimpor: {done} dari sekitar {total} baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing: {done} rows</source>
        <translation>Mengimpor: {done} baris</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  line {line}, column {column}: {reason} (warning)</source>
        <translation>  baris {line}, kolom {column}: {reason} (peringatan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  line {line}, column {column}: {reason}</source>
        <translation>  baris {line}, kolom {column}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source}: {inserted} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected ({seconds:.1f} s).</source>
        <translation>{source}: {inserted} diimpor, {updated} diperbarui, {unchanged} tidak berubah, {rejected} ditolak ({seconds:.1f} dtk).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems:</source>
        <translation>Masalah:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more.</source>
        <translation>  … dan {n} lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows, with reasons: {path}</source>
        <translation>Baris yang ditolak, dengan alasannya: {path}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kiosk/texts/labels.py" line="+13"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card printed</source>
        <translation>Kartu dicetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>Sudah diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
</context>
</TS>
