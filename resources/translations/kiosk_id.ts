<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kiosk/ui/bank/account_dialog.py" line="+251"/>
        <source>The worker&apos;s data could not be read. Close this window and try again.</source>
        <translation>Data peserta tidak dapat dibaca. Tutup jendela ini dan coba lagi.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Saving the application…</source>
        <translation>Menyimpan permohonan…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The kiosk met an error; nothing was saved. Call a supervisor.</source>
        <translation>Terjadi kesalahan pada kios; tidak ada yang disimpan. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a Bank NTT savings account</source>
        <translation>Buka rekening tabungan Bank NTT</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_form.py" line="+261"/>
        <source>The bank checks these data against the population records. If the KTP says otherwise, correct the worker&apos;s data before sending.</source>
        <translation>Bank mencocokkan data ini dengan data kependudukan. Jika KTP berbeda, koreksi data peserta sebelum mengirim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_dialog.py" line="+1"/>
        <source>Reading the worker&apos;s data…</source>
        <translation>Memuat data peserta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_form.py" line="+7"/>
        <source>1. Compare with the KTP</source>
        <translation>1. Cocokkan dengan KTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Customer data</source>
        <translation>2. Data nasabah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Consent</source>
        <translation>3. Persetujuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Specimen signature</source>
        <translation>4. Spesimen tanda tangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIK</source>
        <translation>NIK</translation>
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
        <source>Address on the KTP</source>
        <translation>Alamat sesuai KTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mother&apos;s maiden name</source>
        <translation>Nama &amp;ibu kandung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marital s&amp;tatus</source>
        <translation>S&amp;tatus perkawinan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>Peker&amp;jaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of &amp;funds</source>
        <translation>Sumber &amp;dana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly &amp;income</source>
        <translation>Rata-rata &amp;penghasilan per bulan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pu&amp;rpose of the account</source>
        <translation>T&amp;ujuan pembukaan rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;address</source>
        <translation>&amp;Alamat sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Nomor &amp;HP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose, as on the KTP</source>
        <translation>Pilih, sesuai KTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the worker</source>
        <translation>Tanyakan kepada peserta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose or type</source>
        <translation>Pilih atau ketik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as KTP</source>
        <translation>Sama dengan KTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worker agrees (read to them aloud)</source>
        <translation>Peserta setuju (sudah dibacakan kepadanya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the signature given at the card handover (the worker agrees)</source>
        <translation>Gunakan tanda tangan saat serah terima kartu (peserta setuju)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature the worker gave at the card handover is used as the specimen: no need to sign again.</source>
        <translation>Tanda tangan peserta saat serah terima kartu dipakai sebagai spesimen: tidak perlu tanda tangan lagi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_dialog.py" line="+2"/>
        <source>Save and send to the bank</source>
        <translation>Simpan dan kirim ke bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the form and send again</source>
        <translation>Perbaiki formulir dan kirim lagi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: application %1.</source>
        <translation>Tersimpan: permohonan %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is sent to the bank as soon as the network allows; you may close this window.</source>
        <translation>Permohonan dikirim ke bank begitu jaringan memungkinkan; jendela ini boleh ditutup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kiosk is not connected to the bank: a supervisor sends the saved applications to the bank as a file (kiosk bank export). You may close this window.</source>
        <translation>Kios ini tidak terhubung ke bank: supervisor mengirim permohonan yang tersimpan ke bank sebagai file (kiosk bank export). Jendela ini boleh ditutup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account opened: %1</source>
        <translation>Rekening dibuka: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank refused application %1.</source>
        <translation>Bank menolak permohonan %1.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/common/approval_dialog.py" line="+121"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/batch_dialog.py" line="+345"/>
        <source>Choose the folder for the card files</source>
        <translation>Pilih folder untuk berkas kartu</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kiosk/ui/printing/batch_outcome.py" line="+50"/>
        <source>Stopping after this card…</source>
        <translation>Berhenti setelah kartu ini…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The batch stopped because of an error; call a supervisor.</source>
        <translation>Cetak massal berhenti karena galat; panggil supervisor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Print a batch of cards</source>
        <translation>Cetak kartu massal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print every card of a kecamatan or a desa that is not printed yet, sorted by desa and then by name. Cards printed already are never printed again.</source>
        <translation>Cetak semua kartu satu kecamatan atau desa yang belum dicetak, diurutkan menurut desa lalu nama. Kartu yang sudah dicetak tidak pernah dicetak lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to</source>
        <translation>Cetak ke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (one PDF per card)</source>
        <translation>%1 (satu PDF per kartu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card printer (none is set up)</source>
        <translation>Printer kartu (belum diatur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files of %1 cards, in a folder</source>
        <translation>Berkas PDF berisi %1 kartu, di folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file</source>
        <translation>Buka file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a kecamatan</source>
        <translation>Pilih kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All desa</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the batch again to print the rest; no card is printed twice.</source>
        <translation>Jalankan cetak massal lagi untuk mencetak sisanya; tidak ada kartu yang dicetak dua kali.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to print</source>
        <translation>Tidak ada yang perlu dicetak</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Print %n card(s)</source>
        <translation>
            <numerusform>Cetak %n kartu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing/batch_scope.py" line="+122"/>
        <source>Choose a kecamatan to see its cards.</source>
        <translation>Pilih kecamatan untuk melihat kartunya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting the cards…</source>
        <translation>Menghitung kartu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 registered · %2 printed already · %3 to print</source>
        <translation>%1 terdaftar · %2 sudah dicetak · %3 akan dicetak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/printing/batch_dialog.py" line="+46"/>
        <source>%n card(s) were being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output and the print jobs.</source>
        <translation>
            <numerusform>%n kartu sedang dikirim ke printer saat kios berhenti; kartu itu dilewati. Periksa hasil cetak printer dan daftar pekerjaan cetak.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The batch is still printing. Press Stop to stop it after the current card, or wait until it ends.</source>
        <translation>Cetak massal masih berjalan. Tekan Berhenti untuk menghentikannya setelah kartu ini, atau tunggu sampai selesai.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing/batch_outcome.py" line="+7"/>
        <source>Card %1 of %2</source>
        <translation>Kartu %1 dari %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%n card(s) were printed at a desk meanwhile and were skipped.</source>
        <translation>%n kartu sudah dicetak di meja lain selama itu dan dilewati.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%n card(s) saved as PDF files, not printed yet.</source>
        <translation>%n kartu disimpan sebagai file PDF, belum dicetak.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n card(s) printed.</source>
        <translation>%n kartu dicetak.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped: %n card(s) saved as PDF files.</source>
        <translation>Dihentikan: %n kartu disimpan sebagai file PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The finished files stay in the folder. Running the batch again continues where it stopped and never makes a card twice.</source>
        <translation>File yang sudah jadi tetap ada di folder. Jalankan lagi untuk melanjutkan dari tempat berhenti; tidak ada kartu yang dibuat dua kali.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped: %n card(s) printed.</source>
        <translation>Dihentikan: %n kartu dicetak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finished files stay printed. Running the batch again continues where it stopped and never prints a card twice.</source>
        <translation>Kartu yang sudah selesai tetap tercatat tercetak. Menjalankan cetak massal lagi akan melanjutkan dari titik berhenti dan tidak pernah mencetak kartu dua kali.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to %1.</source>
        <translation>Dikirim ke %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%n files: %1 to %2</source>
        <translation>%n file: %1 sampai %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/printing/batch_dialog.py" line="+30"/>
        <source>%n card(s) were issued at another kiosk and are skipped: reprint them one by one.</source>
        <translation>
            <numerusform>%n kartu diterbitkan di kios lain dan dilewati: cetak ulang satu per satu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing/batch_outcome.py" line="-7"/>
        <source>Saved in the folder %1</source>
        <translation>Disimpan di folder %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../kiosk/ui/lookup/correction_dialog.py" line="+171"/>
        <source>(desa not given)</source>
        <translation>(desa tidak diisi)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A supervisor approves this correction</source>
        <translation>Supervisor menyetujui koreksi ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s data will be corrected. A supervisor (not you) types their username and PIN to approve; both names are recorded.</source>
        <translation>Data %1 akan dikoreksi. Supervisor (bukan Anda) mengetik nama pengguna dan PIN-nya untuk menyetujui; kedua nama dicatat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor other than you can approve this.</source>
        <translation>Hanya supervisor selain Anda yang dapat menyetujui ini.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Correct a worker&apos;s data</source>
        <translation>Koreksi data peserta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the data of %1</source>
        <translation>Koreksi data %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change only what is wrong on the registration. The NIK cannot be changed here. The old and new values are recorded.</source>
        <translation>Ubah hanya yang salah pada data pendaftaran. NIK tidak dapat diubah di sini. Nilai lama dan baru dicatat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change only what is wrong on the registration. The NIK cannot be changed here. A supervisor approves the correction; the old and new values are recorded.</source>
        <translation>Ubah hanya yang salah pada data pendaftaran. NIK tidak dapat diubah di sini. Supervisor menyetujui koreksi; nilai lama dan baru dicatat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Nomor &amp;HP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desa</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor…</source>
        <translation>Minta persetujuan supervisor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../../kiosk/ui/common/credentials.py" line="+104"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type your username.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your PIN.</source>
        <translation>Ketik PIN Anda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN atau kata sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../kiosk/ui/report/charts.py" line="+268"/>
        <source>Day (WITA)</source>
        <translation>Hari (WITA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers</source>
        <translation>Serah terima</translation>
    </message>
</context>
<context>
    <name>DeskHourTable</name>
    <message>
        <location filename="../../kiosk/ui/report/report_tables.py" line="+206"/>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All desks</source>
        <translation>Semua meja</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No handovers at any desk in this report.</source>
        <translation>Belum ada serah terima di meja mana pun dalam laporan ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1</source>
        <translation>Lokasi: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
</context>
<context>
    <name>DestinationNote</name>
    <message>
        <location filename="../../kiosk/ui/common/destination.py" line="+42"/>
        <source>Open the file</source>
        <translation>Buka file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the PDF, from where it can be printed</source>
        <translation>Membuka PDF-nya; dari sana bisa dicetak</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This computer has no program to open PDF files. Copy the file to a computer that prints, or ask a supervisor.</source>
        <translation>Komputer ini tidak punya program untuk membuka file PDF. Salin file itu ke komputer yang bisa mencetak, atau hubungi supervisor.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kiosk/ui/lookup/detail_panel.py" line="+295"/>
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
        <translation>Tempat/tgl lahir</translation>
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
        <location line="+4"/>
        <source>Correct data…</source>
        <translation>Koreksi data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open account…</source>
        <translation>Buka rekening…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the worker&apos;s Bank NTT savings account</source>
        <translation>Buka rekening tabungan Bank NTT peserta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to record a handover</source>
        <translation>Cara lain mencatat serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a handover made on paper…</source>
        <translation>Catat serah terima di atas kertas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a card handed over with a receipt signed by hand while no hub could be reached; a supervisor approves</source>
        <translation>Untuk kartu yang diserahkan dengan tanda terima bertanda tangan saat hub tidak terjangkau; disetujui supervisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the name, date of birth, phone or desa; a supervisor approves</source>
        <translation>Koreksi nama, tanggal lahir, nomor HP atau desa; disetujui supervisor</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Hide the full NIK</source>
        <translation>Sembunyikan NIK lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the NIK partly hidden again</source>
        <translation>Sembunyikan lagi sebagian angka NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the full NIK (recorded)</source>
        <translation>Tampilkan NIK lengkap (tercatat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the full NIK for %1 seconds, to compare it with the KTP. Showing it is recorded under your name.</source>
        <translation>Menampilkan NIK lengkap selama %1 detik untuk dicocokkan dengan KTP. Tindakan ini dicatat atas nama Anda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Already handed over — see the details…</source>
        <translation>Sudah diserahkan — lihat detailnya…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hand over the card…</source>
        <translation>Serahkan kartu…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bank NTT: %1</source>
        <translation>Bank NTT: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print card…</source>
        <translation>Cetak kartu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint card…</source>
        <translation>Cetak ulang kartu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the card, choose the printer and print it</source>
        <translation>Lihat kartu, pilih printer, lalu cetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a new card that replaces the old one; a supervisor approves</source>
        <translation>Cetak kartu baru pengganti kartu lama; disetujui supervisor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The full NIK is shown for %1 seconds. Showing it is recorded under your name.</source>
        <translation>NIK lengkap ditampilkan selama %1 detik. Tindakan ini dicatat atas nama Anda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NIK is partly hidden to protect the worker&apos;s personal data.</source>
        <translation>NIK ditampilkan sebagian untuk melindungi data pribadi peserta.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Choose a worker from the list to see their registration here.</source>
        <translation>Pilih peserta dari daftar untuk melihat datanya di sini.</translation>
    </message>
</context>
<context>
    <name>DoublesTable</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/report/report_tables.py" line="+198"/>
        <source>%n worker(s) with more than one valid handover: two sites recorded a handover each. A supervisor checks which one is right and voids the other.</source>
        <translation>
            <numerusform>%n peserta dengan lebih dari satu serah terima yang sah: dua lokasi masing-masing mencatat serah terima. Supervisor memeriksa mana yang benar dan membatalkan yang lain.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No worker has more than one valid handover.</source>
        <translation>Tidak ada peserta dengan lebih dari satu serah terima yang sah.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Worker (KPJ)</source>
        <translation>Peserta (KPJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (WITA)</source>
        <translation>Waktu (WITA)</translation>
    </message>
</context>
<context>
    <name>EventProgressDialog</name>
    <message>
        <location filename="../../kiosk/ui/progress/progress_dialog.py" line="+266"/>
        <source>Save the BAST</source>
        <translation>Simpan BAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the BAST…</source>
        <translation>Membuat BAST…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n serah terima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAST saved: %1 (%2, %3)</source>
        <translation>BAST disimpan: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The BAST could not be made: %1</source>
        <translation>BAST tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no handover event is set up on this kiosk.</source>
        <translation>belum ada acara serah terima yang diatur di kios ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a handover record cannot be printed as it is. Call a supervisor.</source>
        <translation>ada catatan serah terima yang tidak dapat dicetak apa adanya. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be written (%1).</source>
        <translation>berkas tidak dapat ditulis (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kiosk met an error (%1). Call a supervisor.</source>
        <translation>kios mengalami galat (%1). Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No card has been handed over yet.</source>
        <translation>Belum ada kartu yang diserahkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>Event progress</source>
        <translation>Progres acara</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards printed</source>
        <translation>Kartu dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kecamatan, most remaining first</source>
        <translation>Per kecamatan, sisa terbanyak di atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make BAST…</source>
        <translation>Buat BAST…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event progress: %1</source>
        <translation>Progres acara: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the numbers…</source>
        <translation>Memuat data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: %1</source>
        <translation>Wilayah: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: the whole registry</source>
        <translation>Wilayah: seluruh data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank NTT accounts: %1 opened, %2 activated</source>
        <translation>Rekening Bank NTT: %1 dibuka, %2 diaktifkan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1% handed over</source>
        <translation>%1% sudah diserahkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desa of %1</source>
        <translation>Desa di %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated %1</source>
        <translation>Diperbarui %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numbers could not be read just now; trying again.</source>
        <translation>Data belum dapat dimuat; mencoba lagi.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kiosk/ui/signin/first_run_dialog.py" line="+128"/>
        <source>The first administrator</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome: create the first administrator</source>
        <translation>Selamat datang: buat admin pertama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can use this kiosk yet. The first administrator signs in next and adds the other operators: desk staff, printing operators, tellers and supervisors. Keep the PIN secret: everything done with it is recorded under this name.</source>
        <translation>Kios ini belum dapat dipakai siapa pun. Admin pertama lalu masuk dan menambahkan petugas lain: petugas serah terima, operator cetak, teller dan supervisor. Rahasiakan PIN: semua yang dilakukan dengannya dicatat atas nama ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create administrator</source>
        <translation>Buat admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event&apos;s hub…</source>
        <translation>Gabung ke hub acara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desk at an event: its operators are on the hub, scan its join code</source>
        <translation>Meja di acara: petugasnya sudah ada di hub, pindai kode gabungnya</translation>
    </message>
</context>
<context>
    <name>FreshnessStrip</name>
    <message>
        <location filename="../../kiosk/ui/report/report_tables.py" line="-368"/>
        <source>data from %1: nothing received yet</source>
        <translation>data %1: belum ada data yang diterima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data from %1 up to %2</source>
        <translation>data %1 s.d. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this database)</source>
        <translation>%1 (basis data ini)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../kiosk/ui/handover/handover_dialog.py" line="+373"/>
        <source>Printing the card…</source>
        <translation>Mencetak kartu…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Recording the handover…</source>
        <translation>Mencatat serah terima…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Printing the tanda terima…</source>
        <translation>Mencetak tanda terima…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The tanda terima could not be printed. Call a supervisor.</source>
        <translation>Tanda terima tidak bisa dicetak. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The kiosk met an error; nothing was recorded. Call a supervisor.</source>
        <translation>Terjadi kesalahan pada kios; tidak ada yang dicatat. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>✓ Identity checked</source>
        <translation>✓ Identitas sudah diperiksa</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looking for the worker&apos;s card…</source>
        <translation>Mencari kartu peserta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Card %1 is this worker&apos;s card.</source>
        <translation>✓ Kartu %1 adalah kartu peserta ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This worker has no card yet; the printing desk prints it.</source>
        <translation>Peserta ini belum punya kartu; meja cetak yang mencetaknya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card was handed over already.</source>
        <translation>Kartu ini sudah diserahkan.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Activate Bank NTT account %1: the worker agrees that this signature is the bank&apos;s specimen</source>
        <translation>Aktifkan rekening Bank NTT %1: peserta setuju tanda tangan ini menjadi spesimen bank</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>This worker&apos;s card was handed over already.</source>
        <translation>Kartu peserta ini sudah diserahkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 WITA</source>
        <translation>%1 pukul %2 WITA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk (device)</source>
        <translation>Meja (perangkat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card checked by</source>
        <translation>Kartu diperiksa dengan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>(The connection to the hub broke while it was being recorded; it was recorded, once.)</source>
        <translation>(Sambungan ke hub sempat putus saat mencatat; serah terima tercatat satu kali.)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hub unreachable: this handover is NOT recorded. Check the network cable or Wi-Fi, then press the button again; it is never recorded twice.</source>
        <translation>Hub tidak terjangkau: serah terima ini BELUM tercatat. Periksa kabel jaringan atau Wi-Fi, lalu tekan tombolnya lagi; serah terima tidak akan tercatat dua kali.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The card was saved as a PDF, not printed: print it, then scan its QR code or type its serial.</source>
        <translation>Kartu disimpan sebagai PDF, belum tercetak: cetak dulu, lalu pindai kode QR-nya atau ketik nomor serinya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This worker has no card yet. Print it now (it goes to %1).</source>
        <translation>Peserta ini belum punya kartu. Cetak sekarang (dikirim ke %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This worker has no card yet. Print it now.</source>
        <translation>Peserta ini belum punya kartu. Cetak sekarang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the QR code on the card. No scanner: type the serial printed on the card.</source>
        <translation>Pindai kode QR pada kartu. Tanpa pemindai: ketik nomor seri yang tercetak di kartu.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>3. The worker signs</source>
        <translation>3. Peserta menandatangani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Thumbprint on the form; the witness signs</source>
        <translation>3. Cap jempol pada formulir; saksi menandatangani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. The representative signs</source>
        <translation>3. Wakil peserta menandatangani</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over the card</source>
        <translation>Serahkan kartu</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Village, district</source>
        <translation>Desa, kecamatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Compare the identity document with these data</source>
        <translation>1. Cocokkan dokumen identitas dengan data ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family card (KK)</source>
        <translation>Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity matches</source>
        <translation>Identitas cocok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. The card</source>
        <translation>2. Kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the card&apos;s QR code here</source>
        <translation>Pindai kode QR kartu di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scanner:</source>
        <translation>Tanpa pemindai:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial printed on the card (the last 4 characters or more)</source>
        <translation>Nomor seri di kartu (minimal 4 karakter terakhir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the serial</source>
        <translation>Cocokkan nomor seri</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: next worker</source>
        <translation>Selesai: peserta berikutnya</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Print the card now</source>
        <translation>Cetak kartu sekarang</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+392"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location line="-387"/>
        <location line="+388"/>
        <source>Representative</source>
        <translation>Wakil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their NIK</source>
        <translation>NIK wakil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passbook handed over</source>
        <translation>Buku tabungan diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATM card handed over</source>
        <translation>Kartu ATM diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the handover</source>
        <translation>Konfirmasi serah terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../kiosk/ui/hub/hub_dialog.py" line="+211"/>
        <source>Making the hub: its database, certificate and password. This takes a minute or two…</source>
        <translation>Membuat hub: basis data, sertifikat, dan kata sandinya. Ini perlu satu atau dua menit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the hub…</source>
        <translation>Menyalakan hub…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+125"/>
        <source>Stop the hub</source>
        <translation>Matikan hub</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Every desk of the event stops working until the hub is started again. Stop the hub now?</source>
        <translation>Semua meja di acara berhenti bekerja sampai hub dinyalakan lagi. Matikan hub sekarang?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the hub…</source>
        <translation>Mematikan hub…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Make this laptop the hub</source>
        <translation>Jadikan laptop ini hub</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The old hub must stay switched off from now on: two hubs would split the event into two registries. Do this only when the hub laptop is dead or unplugged from the network, and keep it off.</source>
        <translation>Hub lama harus tetap mati mulai sekarang: dua hub akan memecah data acara menjadi dua. Lakukan ini hanya jika laptop hub sudah mati atau dicabut dari jaringan, dan biarkan tetap mati.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The desks reconnect to this laptop by themselves.</source>
        <translation>Meja-meja tersambung ke laptop ini dengan sendirinya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making this laptop the hub…</source>
        <translation>Menjadikan laptop ini hub…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The join code is copied.</source>
        <translation>Kode gabung sudah disalin.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That did not work (%1: %2). The hub&apos;s log is in its folder (data/log).</source>
        <translation>Tidak berhasil (%1: %2). Catatan (log) hub ada di foldernya (data/log).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The event&apos;s hub</source>
        <translation>Hub acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s hub on this laptop</source>
        <translation>Hub acara di laptop ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desks connected</source>
        <translation>Meja tersambung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standby</source>
        <translation>Cadangan (standby)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers today</source>
        <translation>Serah terima hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk free</source>
        <translation>Sisa ruang disk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code: scan it at each desk (Join the event&apos;s hub)</source>
        <translation>Kode gabung: pindai di setiap meja (Gabung ke hub acara)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code holds the hub&apos;s password: show it to the event&apos;s desk staff only.</source>
        <translation>Kode ini memuat kata sandi hub: tunjukkan hanya kepada petugas meja acara.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this laptop the hub (promote)</source>
        <translation>Jadikan hub (promote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create and start the hub</source>
        <translation>Buat dan nyalakan hub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the hub</source>
        <translation>Nyalakan hub</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking at this laptop&apos;s hub…</source>
        <translation>Memeriksa hub di laptop ini…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no hub on this laptop yet. Create it on the laptop at the organisers&apos; table: the desks then join it with its join code.</source>
        <translation>Belum ada hub di laptop ini. Buat hub di laptop di meja panitia: meja-meja lalu bergabung dengan kode gabungnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped: the desks cannot work on it now.</source>
        <translation>Mati: meja-meja tidak bisa bekerja sekarang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is the hub&apos;s standby: every handover is kept here too. If the hub laptop dies, make this laptop the hub.</source>
        <translation>Laptop ini cadangan (standby) hub: setiap serah terima juga disimpan di sini. Jika laptop hub mati, jadikan laptop ini hub.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is running: desks can join and work.</source>
        <translation>Hub berjalan: meja-meja bisa bergabung dan bekerja.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 GB of %2 GB</source>
        <translation>%1 GB dari %2 GB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop, %1 s behind the hub</source>
        <translation>Laptop ini, tertinggal %1 dtk dari hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: a handover is confirmed only once it is on both laptops</source>
        <translation>Tersambung: serah terima baru tercatat setelah ada di kedua laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected, catching up with the hub</source>
        <translation>Tersambung, sedang menyusul hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT connected: the hub carries on alone</source>
        <translation>TIDAK tersambung: hub berjalan sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None. A second laptop becomes the standby with: kiosk hub standby CODE</source>
        <translation>Tidak ada. Laptop kedua menjadi cadangan dengan: kiosk hub standby KODE</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../kiosk/ui/hub/status_widget.py" line="+118"/>
        <source>Hub %1</source>
        <translation>Hub %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s hub this desk works on</source>
        <translation>Hub acara tempat meja ini bekerja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub unreachable — retrying</source>
        <translation>Hub tidak terjangkau — mencoba lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event runs without a standby</source>
        <translation>Acara berjalan tanpa standby</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kiosk/ui/admin/import_dialog.py" line="+241"/>
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
        <location line="+9"/>
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
        <location line="+23"/>
        <source>The rejected rows, with the reasons, are saved in the list&apos;s folder, in %1. Correct them there and import that file.</source>
        <translation>Baris yang ditolak, beserta alasannya, disimpan di folder daftar itu, dalam file %1. Perbaiki di sana, lalu impor file itu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows that differ from corrections made at the desk are listed in the list&apos;s folder, in %1; the corrections are kept until a supervisor decides.</source>
        <translation>Baris yang berbeda dengan koreksi di meja layanan tercantum di folder daftar itu, dalam file %1; koreksi tetap dipakai sampai supervisor memutuskan.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../kiosk/texts/imports.py" line="+152"/>
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
        <source>{name} is damaged, or is not a real Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV.</source>
        <translation>{name} rusak, atau bukan buku kerja Excel (.xlsx) yang sebenarnya. Buka di Excel atau LibreOffice lalu simpan lagi sebagai .xlsx, atau simpan sebagai CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has no workers in it.</source>
        <translation>{name} tidak berisi peserta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was not imported: this site is linked to the province&apos;s centre, which sends it its kabupaten&apos;s workers. Registration lists are imported at the centre.</source>
        <translation>{name} tidak diimpor: lokasi ini tertaut ke pusat provinsi, yang mengirim peserta kabupatennya. Daftar peserta diimpor di pusat.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="-195"/>
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
    <message>
        <location line="+4"/>
        <source>the list has {listed}, but a correction made at the desk says {corrected}: the correction is kept until a supervisor decides</source>
        <translation>daftar berisi {listed}, tetapi koreksi di meja layanan berisi {corrected}: koreksi tetap dipakai sampai supervisor memutuskan</translation>
    </message>
</context>
<context>
    <name>ImportRejects</name>
    <message>
        <location line="+91"/>
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
    <name>JobsModel</name>
    <message>
        <location filename="../../kiosk/ui/printing/print_jobs_dialog.py" line="+77"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card serial</source>
        <translation>Nomor seri kartu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending or interrupted</source>
        <translation>Sedang dikirim atau terhenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as PDF</source>
        <translation>Disimpan sebagai PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../kiosk/ui/hub/join_dialog.py" line="+108"/>
        <source>Scan the join code first, or paste it.</source>
        <translation>Pindai kode gabung dulu, atau tempelkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the hub…</source>
        <translation>Menghubungi hub…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: this kiosk is now a desk of the hub at %1. Close the kiosk and start it again: it then works on the hub&apos;s registry, and its operators sign in there.</source>
        <translation>Selesai: kios ini sekarang menjadi meja dari hub di %1. Tutup kios lalu buka lagi: kios lalu bekerja dengan data di hub, dan petugas masuk dengan akun di hub.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Joining failed for a technical reason (%1). Nothing was changed: try again, or ask the organisers.</source>
        <translation>Gagal bergabung karena masalah teknis (%1). Tidak ada yang diubah: coba lagi, atau tanyakan kepada panitia.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Join the event&apos;s hub</source>
        <translation>Gabung ke hub acara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every desk at the event works on one registry, on the hub laptop at the organisers&apos; table. Ask there for the join code: scan its QR code with the barcode scanner, or paste the code (one line beginning with KIOSKHUB1:). This laptop must be on the event&apos;s network.</source>
        <translation>Semua meja di acara bekerja dengan satu data, di laptop hub di meja panitia. Mintalah kode gabung di sana: pindai kode QR-nya dengan pemindai barcode, atau tempelkan kodenya (satu baris yang diawali KIOSKHUB1:). Laptop ini harus tersambung ke jaringan acara.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join code</source>
        <translation>&amp;Kode gabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or paste the join code here</source>
        <translation>Pindai atau tempelkan kode gabung di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the hub</source>
        <translation>Gabung ke hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <location filename="../../kiosk/ui/shell/kiosk_mode.py" line="+63"/>
        <source>Close the kiosk?</source>
        <translation>Tutup kios?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk runs in kiosk mode. A supervisor or an administrator types their username and PIN to close it; closing is recorded under their name.</source>
        <translation>Kios berjalan dalam mode kios. Supervisor atau admin mengetik nama pengguna dan PIN-nya untuk menutupnya; penutupan dicatat atas namanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor or an administrator can close the kiosk.</source>
        <translation>Hanya supervisor atau admin yang dapat menutup kios.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../kiosk/ui/signin/sign_in_page.py" line="+188"/>
        <source>Only %1 or a supervisor can unlock this screen.</source>
        <translation>Hanya %1 atau supervisor yang dapat membuka layar ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The screen is locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as another operator</source>
        <translation>Masuk sebagai petugas lain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In use by %1 (%2). Type your PIN to go on; a supervisor can unlock it too.</source>
        <translation>Sedang dipakai oleh %1 (%2). Ketik PIN Anda untuk melanjutkan; supervisor juga dapat membukanya.</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../kiosk/ui/lookup/lookup_page.py" line="+260"/>
        <source>The registry could not be read. Try again.</source>
        <translation>Data tidak dapat dibaca. Coba lagi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>↓ go to the list   ·   Enter open   ·   Esc clear and start again</source>
        <translation>↓ ke daftar   ·   Enter buka   ·   Esc hapus dan mulai lagi</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell/main_window.py" line="+341"/>
        <source>The administrator is created. Sign in with the new PIN.</source>
        <translation>Admin sudah dibuat. Masuk dengan PIN yang baru.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This desk today: %1  ·  Event: %2</source>
        <translation>Meja ini hari ini: %1  ·  Acara: %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Technical detail: %1</source>
        <translation>Keterangan teknis: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The audit trail is broken from event #{seq}: call a supervisor</source>
        <translation>Jejak audit rusak mulai peristiwa #{seq} — hubungi supervisor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>BPJS Ketenagakerjaan card handover</source>
        <translation>Serah terima kartu BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a worker</source>
        <translation>Cari peserta</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Event progress…</source>
        <translation>Progres acara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered, printed, handed over and remaining, by desa; and the BAST</source>
        <translation>Terdaftar, dicetak, diserahkan dan sisa, per desa; serta BAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme&apos;s report: progress per kabupaten, handovers, reconciliation</source>
        <translation>Laporan program: kemajuan per kabupaten, serah terima, rekonsiliasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Pencetakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print jobs, and printing a whole desa at once</source>
        <translation>Pekerjaan cetak, dan mencetak satu desa sekaligus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print jobs…</source>
        <translation>Pekerjaan cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a batch of cards…</source>
        <translation>Cetak kartu massal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event hub</source>
        <translation>Hub acara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s hub on this laptop, or joining one</source>
        <translation>Hub acara di laptop ini, atau bergabung ke hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event hub on this laptop…</source>
        <translation>Hub acara di laptop ini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event&apos;s hub…</source>
        <translation>Gabung ke hub acara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify card…</source>
        <translation>Periksa kartu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a card&apos;s QR code is genuine</source>
        <translation>Periksa apakah kode QR kartu asli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators…</source>
        <translation>Petugas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add operators, or unlock a locked one</source>
        <translation>Tambah petugas, atau buka akun yang terkunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the kiosk…</source>
        <translation>Tutup kios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is signed in</source>
        <translation>Belum ada petugas yang masuk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (locked)</source>
        <translation>%1 (terkunci)</translation>
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
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <location filename="../../kiosk/ui/signin/operator_form.py" line="+139"/>
        <source>&amp;Username</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>P&amp;eran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN atau kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;sekali lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. yohana.ndapa</source>
        <translation>mis. yohana.ndapa</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../kiosk/ui/signin/operators_dialog.py" line="+191"/>
        <source>%1 is added.</source>
        <translation>%1 sudah ditambahkan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can sign in again.</source>
        <translation>%1 dapat masuk lagi.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Operators</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators of this kiosk</source>
        <translation>Petugas kios ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an operator</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add operator</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let an operator locked by wrong PINs sign in again</source>
        <translation>Izinkan petugas yang terkunci karena PIN salah masuk lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <location filename="../../kiosk/ui/signin/operators_model.py" line="+48"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked until %1 WITA</source>
        <translation>Terkunci sampai %1 WITA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>PaperHandoverDialog</name>
    <message>
        <location filename="../../kiosk/ui/handover/paper_dialog.py" line="+54"/>
        <source>Handover on paper recorded: %1, card %2, %3 WITA.</source>
        <translation>Serah terima di atas kertas tercatat: %1, kartu %2, %3 WITA.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>No file chosen</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the scan of the receipt</source>
        <translation>Pilih pindaian tanda terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.png *.PDF *.PNG)</source>
        <translation>Pindaian (*.pdf *.png *.PDF *.PNG)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the card&apos;s serial, as on the receipt.</source>
        <translation>Ketik nomor seri kartu, seperti di tanda terima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the scan of the receipt signed by hand.</source>
        <translation>Pilih pindaian tanda terima yang ditandatangani.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A supervisor approves this paper handover</source>
        <translation>Supervisor menyetujui serah terima di atas kertas ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A handover on paper to %1 will be recorded. A supervisor (not you) types their username and PIN to approve; both names are recorded.</source>
        <translation>Serah terima di atas kertas kepada %1 akan dicatat. Supervisor (bukan Anda) mengetik nama pengguna dan PIN untuk menyetujui; kedua nama dicatat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor other than you can approve this.</source>
        <translation>Hanya supervisor selain Anda yang dapat menyetujui ini.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot read the scan %1.</source>
        <translation>Pindaian %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter a handover made on paper</source>
        <translation>Catat serah terima di atas kertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover on paper to %1</source>
        <translation>Serah terima di atas kertas kepada %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a card handed over with a receipt signed by hand while no hub could be reached. Copy the serial and the time from the receipt and choose its scan. A supervisor approves.</source>
        <translation>Untuk kartu yang diserahkan dengan tanda terima bertanda tangan saat hub tidak terjangkau. Salin nomor seri dan waktu dari tanda terima, lalu pilih pindaiannya. Supervisor menyetujui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card &amp;serial (or its last 4 characters)</source>
        <translation>&amp;Nomor seri kartu (atau 4 karakter terakhirnya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time on the receipt</source>
        <translation>&amp;Tanggal dan jam di tanda terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;document</source>
        <translation>&amp;Dokumen identitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;can (PDF or PNG)</source>
        <translation>&amp;Pindaian (PDF atau PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family card (KK)</source>
        <translation>Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose scan…</source>
        <translation>Pilih pindaian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor…</source>
        <translation>Minta persetujuan supervisor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/print_dialog.py" line="+279"/>
        <source>The preview cannot be shown.</source>
        <translation>Pratinjau tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A supervisor approves the reprint</source>
        <translation>Supervisor menyetujui cetak ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card for %1 replaces the old one, which stops being valid. Reason: %2.</source>
        <translation>Kartu baru untuk %1 menggantikan kartu lama, yang tidak berlaku lagi. Alasan: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sending the card to the printer…</source>
        <translation>Mengirim kartu ke printer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The job is kept: Retry sends it again, or type another printer&apos;s address.</source>
        <translation>Pekerjaan cetak ini disimpan: tekan «Coba lagi» untuk mengirim ulang, atau ketik alamat printer lain.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The card could not be printed: the kiosk met an error. Call a supervisor.</source>
        <translation>Kartu tidak dapat dicetak: kios mengalami galat. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reprint the card of %1</source>
        <translation>Cetak ulang kartu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the card of %1</source>
        <translation>Cetak kartu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print card</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview. The QR code and the serial number are made when the card is printed.</source>
        <translation>Pratinjau. Kode QR dan nomor seri dibuat saat kartu dicetak.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Print on</source>
        <translation>Cetak di</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Card %1 is made.</source>
        <translation>Kartu %1 sudah dibuat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tanda terima of card %1 is made.</source>
        <translation>Tanda terima kartu %1 sudah dibuat.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The tanda terima is saved as a PDF file in this folder, not printed.</source>
        <translation>Tanda terima disimpan sebagai file PDF di folder ini, tidak dicetak.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The card is saved as a PDF file in this folder, not printed.</source>
        <translation>Kartu disimpan sebagai file PDF di folder ini, tidak dicetak.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Card printer: none is set up</source>
        <translation>Printer kartu: belum diatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printer: none is set up</source>
        <translation>Printer struk: belum diatur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why a new card?</source>
        <translation>Mengapa kartu baru?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or send it to another printer:</source>
        <translation>Atau kirim ke printer lain:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send there</source>
        <translation>Kirim ke sana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>Cetak ulang…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card %1 as it was made.</source>
        <translation>Kartu %1 seperti yang dibuat.</translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/print_jobs_dialog.py" line="+168"/>
        <source>The print jobs cannot be read. Call a supervisor.</source>
        <translation>Daftar pekerjaan cetak tidak dapat dibaca. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sending the card to the printer…</source>
        <translation>Mengirim kartu ke printer…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The job could not be sent: the kiosk met an error. Call a supervisor.</source>
        <translation>Pekerjaan tidak dapat dikirim: kios mengalami galat. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A supervisor confirms that the job printed</source>
        <translation>Supervisor memastikan bahwa pekerjaan tercetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job of %1 (card %2) was being sent to %3 when the kiosk stopped. Approve only if it came out of the printer: it is then recorded as printed.</source>
        <translation>Pekerjaan cetak %1 (kartu %2) sedang dikirim ke %3 saat kios berhenti. Setujui hanya jika kartunya keluar dari printer: lalu dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor confirms that the job did not print</source>
        <translation>Supervisor memastikan bahwa pekerjaan tidak tercetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job of %1 (card %2) was being sent to %3 when the kiosk stopped. Approve only if nothing came out and nothing waits in the printer: the job can then be retried. If it did print, a second card would be made.</source>
        <translation>Pekerjaan cetak %1 (kartu %2) sedang dikirim ke %3 saat kios berhenti. Setujui hanya jika tidak ada yang keluar dan tidak ada yang menunggu di printer: pekerjaan lalu dapat dicoba lagi. Jika ternyata tercetak, akan ada kartu kedua.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recording what became of the job…</source>
        <translation>Mencatat hasil pekerjaan cetak…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The job is recorded as printed.</source>
        <translation>Pekerjaan dicatat sebagai tercetak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job is recorded as not printed: it can be retried now.</source>
        <translation>Pekerjaan dicatat sebagai tidak tercetak: sekarang dapat dicoba lagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This job was settled already; the list shows it as it is now.</source>
        <translation>Pekerjaan ini sudah diselesaikan; daftar menampilkan keadaannya sekarang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job could not be settled: the kiosk met an error. Call a supervisor.</source>
        <translation>Pekerjaan tidak dapat diselesaikan: kios mengalami galat. Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Print jobs</source>
        <translation>Pekerjaan cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only jobs to look at</source>
        <translation>Hanya yang perlu diperiksa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed jobs, and jobs that were being sent when the kiosk stopped</source>
        <translation>Pekerjaan yang gagal, dan yang sedang dikirim saat kios berhenti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the printer: did this job print?</source>
        <translation>Periksa printer: apakah pekerjaan ini tercetak?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It did not print</source>
        <translation>Tidak tercetak</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>The job of %1, card %2, went through.</source>
        <translation>Pekerjaan %1, kartu %2, berhasil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job of %1, tanda terima of card %2, went through.</source>
        <translation>Pekerjaan %1, tanda terima kartu %2, berhasil.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to this printer</source>
        <translation>Kirim ke printer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kiosk/ui/admin/problems_model.py" line="+51"/>
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
        <location line="+9"/>
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
    <name>ProgressChart</name>
    <message>
        <location filename="../../kiosk/ui/report/charts.py" line="-98"/>
        <source>%1 (no target)</source>
        <translation>%1 (tanpa target)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2% handed over</source>
        <translation>%1 · %2% diserahkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards printed</source>
        <translation>Kartu dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards handed over</source>
        <translation>Kartu diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts opened</source>
        <translation>Rekening dibuka</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../kiosk/ui/progress/progress_model.py" line="+58"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Tercetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(kecamatan not given)</source>
        <translation>(kecamatan tidak diisi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(desa not given)</source>
        <translation>(desa tidak diisi)</translation>
    </message>
</context>
<context>
    <name>ReconciliationTables</name>
    <message>
        <location filename="../../kiosk/ui/report/report_tables.py" line="+202"/>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting at a site</source>
        <translation>Menunggu di lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoiled/replaced</source>
        <translation>Rusak/diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Applications</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the bank</source>
        <translation>Menunggu jawaban bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (to be checked)</source>
        <translation>Gagal (perlu diperiksa)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printed = handed over + waiting + spoiled/replaced + voided: every card is accounted for.</source>
        <translation>Dicetak = diserahkan + menunggu + rusak/diganti + dibatalkan: setiap kartu tercatat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 card(s) not accounted for: call a supervisor.</source>
        <translation>%1 kartu tidak tercatat: panggil supervisor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed application(s): a person must look at them.</source>
        <translation>%1 permohonan gagal: perlu diperiksa petugas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every application is opened, waiting or rejected.</source>
        <translation>Setiap permohonan sudah dibuka, menunggu, atau ditolak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications do not add up: call a supervisor.</source>
        <translation>Jumlah permohonan tidak cocok: panggil supervisor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Card reconciliation</source>
        <translation>Rekonsiliasi kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account applications</source>
        <translation>Permohonan rekening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Persen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kiosk/ui/report/report_dialog.py" line="+311"/>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Periode berakhir sebelum dimulai: periksa tanggalnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the kiosk met an error (%1). Try again, or call a supervisor.</source>
        <translation>terjadi kesalahan di kios (%1). Coba lagi, atau panggil supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be made: %1</source>
        <translation>Laporan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the figures…</source>
        <translation>Membaca angka…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made %1 WITA</source>
        <translation>dibuat %1 WITA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1, %2% handed over</source>
        <translation>target %1, %2% diserahkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no target set</source>
        <translation>belum ada target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 registered · %3 cards printed · %4 cards handed over · %5 accounts opened · %6</source>
        <translation>%1: %2 terdaftar · %3 kartu dicetak · %4 kartu diserahkan · %5 rekening dibuka · %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 handovers in %2 days, from %3 to %4; the most on %5: %6.</source>
        <translation>%1 serah terima dalam %2 hari, %3 s.d. %4; terbanyak pada %5: %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No handovers in this report&apos;s period.</source>
        <translation>Belum ada serah terima dalam periode laporan ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Double handovers</source>
        <translation>Serah terima ganda</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+109"/>
        <source>All of NTT</source>
        <translation>Seluruh NTT</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report as Excel</source>
        <translation>Simpan laporan sebagai Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel files (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Menyimpan laporan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report saved: %1</source>
        <translation>Laporan disimpan: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be written (%1).</source>
        <translation>file tidak dapat ditulis (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kiosk met an error (%1). Call a supervisor.</source>
        <translation>terjadi kesalahan di kios (%1). Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be saved: %1</source>
        <translation>Laporan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer has no program to open the file. Copy it to a computer that has one.</source>
        <translation>Komputer ini tidak punya program untuk membuka file ini. Salin ke komputer yang punya.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Programme report</source>
        <translation>Laporan program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kabupaten/kota:</source>
        <translation>&amp;Kabupaten/kota:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Excel…</source>
        <translation>Simpan Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file</source>
        <translation>Buka file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress per kabupaten</source>
        <translation>Kemajuan per kabupaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers per day</source>
        <translation>Serah terima per hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per desk per hour</source>
        <translation>Serah terima per meja per jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation</source>
        <translation>Rekonsiliasi</translation>
    </message>
</context>
<context>
    <name>ReportHomePage</name>
    <message>
        <location filename="../../kiosk/ui/shell/report_home.py" line="+54"/>
        <source>Programme report</source>
        <translation>Laporan program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered, printed, handed over and accounts opened, per kabupaten against its target; handovers per day and per desk; every card accounted for. Counts only: no worker&apos;s name or NIK.</source>
        <translation>Terdaftar, kartu dicetak, kartu diserahkan dan rekening dibuka, per kabupaten terhadap targetnya; serah terima per hari dan per meja; setiap kartu tercatat. Hanya angka: tanpa nama atau NIK peserta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the report…</source>
        <translation>Buka laporan…</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../kiosk/ui/lookup/results_model.py" line="+51"/>
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
        <location filename="../../kiosk/ui/lookup/search_panel.py" line="+225"/>
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
    <name>SignInPage</name>
    <message>
        <location filename="../../kiosk/ui/signin/sign_in_page.py" line="-89"/>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Create the first administrator…</source>
        <translation>Buat admin pertama…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk has no operators yet. Create the first administrator: they then add the desk staff, tellers and supervisors.</source>
        <translation>Kios ini belum punya petugas. Buat admin pertama: admin lalu menambahkan petugas serah terima, teller dan supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in with your own username and PIN. Everything you do is recorded under your name.</source>
        <translation>Masuk dengan nama pengguna dan PIN Anda sendiri. Semua yang Anda lakukan dicatat atas nama Anda.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../kiosk/ui/common/signature_pad.py" line="+310"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Please sign: the pad is empty.</source>
        <translation>Silakan tanda tangan: bidang tanda tangan masih kosong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is too small: sign with your usual signature.</source>
        <translation>Tanda tangan terlalu kecil: silakan tanda tangan seperti biasa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A straight line is not a signature: please sign with your usual signature.</source>
        <translation>Garis lurus bukan tanda tangan: silakan tanda tangan seperti biasa.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-73"/>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/verify_dialog.py" line="+335"/>
        <source>Waiting for a card</source>
        <translation>Menunggu kartu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENUINE — active card</source>
        <translation>ASLI — kartu aktif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GENUINE, but REPLACED by a newer card</source>
        <translation>ASLI, tetapi sudah DIGANTI kartu yang lebih baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENUINE, but VOIDED</source>
        <translation>ASLI, tetapi sudah DIBATALKAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GENUINE, but not issued at this kiosk</source>
        <translation>ASLI, tetapi tidak diterbitkan di kios ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCAN AGAIN</source>
        <translation>PINDAI ULANG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCAN THE QR CODE</source>
        <translation>PINDAI KODE QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT GENUINE</source>
        <translation>TIDAK ASLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card could not be checked</source>
        <translation>Kartu tidak dapat diperiksa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold the card&apos;s QR code under the scanner.</source>
        <translation>Arahkan kode QR kartu ke pemindai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the worker&apos;s valid card.</source>
        <translation>Ini kartu peserta yang berlaku.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the card&apos;s serial number, not its QR code. Scan the QR code on the card.</source>
        <translation>Ini nomor seri kartu, bukan kode QR. Pindai kode QR di kartu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a QR code. Scan the QR code on the card.</source>
        <translation>Ini bukan kode QR. Pindai kode QR di kartu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk&apos;s card keys cannot be read (%1). Call a supervisor.</source>
        <translation>Kunci kartu kios tidak dapat dibaca (%1). Panggil supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is no longer valid: the worker was given a newer card. Ask for the newest card.</source>
        <translation>Kartu ini tidak berlaku lagi: peserta sudah menerima kartu yang lebih baru. Mintalah kartu terbaru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card was voided and is no longer valid.</source>
        <translation>Kartu ini sudah dibatalkan dan tidak berlaku lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card is signed with a trusted key, but this kiosk has no record of it.</source>
        <translation>Kartu ditandatangani dengan kunci tepercaya, tetapi kios ini tidak memiliki catatannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The worker is not in this registry.</source>
        <translation>Peserta tidak ada dalam data kios ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a card&apos;s QR code.</source>
        <translation>Ini bukan kode QR kartu peserta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is cut short. Scan the card again, holding it still.</source>
        <translation>Teksnya terpotong. Pindai kartu sekali lagi dan tahan kartu agar tidak bergerak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card format this kiosk does not read.</source>
        <translation>Format kartu yang tidak dapat dibaca kios ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by a key this kiosk does not trust.</source>
        <translation>Ditandatangani dengan kunci yang tidak dipercaya kios ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature does not match: the card has been altered.</source>
        <translation>Tanda tangan digital tidak cocok: kartu telah diubah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is damaged or altered.</source>
        <translation>Teksnya rusak atau telah diubah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Verify a card</source>
        <translation>Periksa kartu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the QR code on the card. Pasted text is checked at once; typed text when you press Enter.</source>
        <translation>Pindai kode QR pada kartu. Teks yang ditempel langsung diperiksa; teks yang diketik diperiksa saat Anda menekan Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan or paste the card&apos;s QR code</source>
        <translation>Pindai atau tempel kode QR kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card serial</source>
        <translation>Nomor seri kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
    </message>
</context>
<context>
    <name>bank</name>
    <message>
        <location filename="../../kiosk/texts/bank.py" line="+17"/>
        <source>Single</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up to Rp1 million</source>
        <translation>Sampai Rp1 juta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rp1–3 million</source>
        <translation>Rp1–3 juta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rp3–5 million</source>
        <translation>Rp3–5 juta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above Rp5 million</source>
        <translation>Di atas Rp5 juta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of funds</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly income</source>
        <translation>Rata-rata penghasilan per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the account</source>
        <translation>Tujuan pembukaan rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current address</source>
        <translation>Alamat sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen signature</source>
        <translation>Spesimen tanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is required.</source>
        <translation>wajib diisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a phone number; write it starting with 08, 10 to 13 digits.</source>
        <translation>ini bukan nomor HP; tulis diawali 08, 10 sampai 13 angka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK in the registry does not fit the date of birth or the sex: correct the worker&apos;s data first.</source>
        <translation>NIK di data tidak sesuai dengan tanggal lahir atau jenis kelamin: koreksi data peserta terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read the consent to the worker and tick the box when they agree.</source>
        <translation>bacakan persetujuan kepada peserta dan centang kotaknya jika ia setuju.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the worker signs on the pad.</source>
        <translation>peserta menandatangani pada bidang tanda tangan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a signature: the worker signs with their usual signature.</source>
        <translation>ini bukan tanda tangan: peserta menandatangani seperti biasa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no handover signature is on record: the worker signs on the pad.</source>
        <translation>belum ada tanda tangan serah terima: peserta menandatangani pada bidang tanda tangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this worker has a Bank NTT account already.</source>
        <translation>peserta ini sudah punya rekening Bank NTT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an application for this worker is on its way to the bank already.</source>
        <translation>permohonan untuk peserta ini sudah diajukan dan menunggu jawaban bank.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To fill in: %1.</source>
        <translation>Belum diisi: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bank&apos;s population check does not know this NIK: compare it with the KTP. If the KTP agrees, the worker asks at the Dukcapil office.</source>
        <translation>Pemeriksaan kependudukan bank tidak mengenali NIK ini: cocokkan dengan KTP. Jika KTP sama, peserta menanyakannya ke kantor Dukcapil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name or date of birth does not match the population records: check the KTP and correct the data.</source>
        <translation>Nama atau tanggal lahir tidak sesuai data kependudukan: periksa KTP dan koreksi datanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The worker has a basic savings account at Bank NTT already: the bank&apos;s desk looks it up with the KTP.</source>
        <translation>Peserta sudah punya rekening tabungan dasar di Bank NTT: petugas bank mencarinya dengan KTP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank refused the phone number: check it with the worker.</source>
        <translation>Bank menolak nomor HP: periksa bersama peserta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The worker is too young for an account of their own: the bank&apos;s desk advises.</source>
        <translation>Peserta belum cukup umur untuk rekening atas nama sendiri: petugas bank memberi petunjuk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bank found a required field missing: complete the form.</source>
        <translation>Bank menemukan isian wajib yang kosong: lengkapi formulir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank refused the application (code %1): ask the bank&apos;s desk.</source>
        <translation>Bank menolak permohonan (kode %1): tanyakan kepada petugas bank.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No account yet</source>
        <translation>Belum punya rekening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application %1 waits for the bank&apos;s answer</source>
        <translation>Permohonan %1 menunggu jawaban bank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(tried %1 times; the last time: %2)</source>
        <translation>(sudah dicoba %1 kali; terakhir: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bank did not take application %1 (%2): a supervisor checks the bank connection; then apply again.</source>
        <translation>Bank tidak menerima permohonan %1 (%2): supervisor memeriksa sambungan ke bank; lalu ajukan lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 opened</source>
        <translation>Rekening %1 dibuka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-opened by the bank: %1 — activate at handover</source>
        <translation>Dibuka bank secara kolektif: %1 — aktifkan saat serah terima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active: %1</source>
        <translation>Aktif: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank refused application %1: %2</source>
        <translation>Bank menolak permohonan %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has no nik, account_number and status columns: is it the bank&apos;s result file?</source>
        <translation>Berkas tidak punya kolom nik, account_number dan status: apakah ini berkas hasil dari bank?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The NIK is not a valid NIK.</source>
        <translation>NIK tidak valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No worker in the registry has this NIK.</source>
        <translation>Tidak ada peserta dengan NIK ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account number is not valid.</source>
        <translation>Nomor rekening tidak valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status is neither opened nor rejected: ask the bank what it means.</source>
        <translation>Status bukan dibuka maupun ditolak: tanyakan artinya kepada bank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account number belongs to another worker here: ask the bank.</source>
        <translation>Nomor rekening ini milik peserta lain di sini: tanyakan kepada bank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The worker has a different account already: ask the bank which is right.</source>
        <translation>Peserta sudah punya rekening lain: tanyakan kepada bank mana yang benar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same NIK is on an earlier line; this line was not used.</source>
        <translation>NIK yang sama ada di baris sebelumnya; baris ini tidak dipakai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected, but the worker has no application waiting for an answer.</source>
        <translation>Ditolak, tetapi peserta tidak punya permohonan yang menunggu jawaban.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../kiosk/cli/registry.py" line="+104"/>
        <source>Creating demo workers: {done} / {total}</source>
        <translation>Membuat peserta demo: {done} / {total}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The registry already has {count} workers; use --replace to start over.</source>
        <translation>Registri sudah berisi {count} peserta; pakai --replace untuk mengulang dari awal.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>The registry already has {count} workers; nothing created.</source>
        <translation>Registri sudah berisi {count} peserta; tidak ada yang dibuat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).</source>
        <translation>{workers} peserta demo dibuat di {desa} desa dari {kecamatan} kecamatan (seed {seed}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of them received their card at the demo event.</source>
        <translation>{count} di antaranya sudah menerima kartu pada acara demo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="+147"/>
        <source>PIN of the approving supervisor {name}: </source>
        <translation>PIN supervisor yang menyetujui, {name}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/registry.py" line="+19"/>
        <location line="+31"/>
        <source>No region named &apos;{name}&apos;.</source>
        <translation>Tidak ada wilayah bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{n} workers written to {path}.</source>
        <translation>{n} peserta ditulis ke {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/cards.py" line="+74"/>
        <location filename="../../kiosk/cli/printing.py" line="+104"/>
        <source>The card-signing key {path} cannot be used: {problem}</source>
        <translation>Kunci penanda tangan kartu {path} tidak dapat dipakai: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A reprint needs --reason and --approver.</source>
        <translation>Cetak ulang memerlukan --reason dan --approver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--reason and --approver go with --reprint.</source>
        <translation>--reason dan --approver hanya dipakai bersama --reprint.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="+317"/>
        <location filename="../../kiosk/cli/cards.py" line="+25"/>
        <location filename="../../kiosk/cli/printing.py" line="+36"/>
        <source>No worker has the KPJ number {kpj}.</source>
        <translation>Tidak ada peserta dengan nomor KPJ {kpj}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/cards.py" line="+4"/>
        <source>This worker already has an active card, {serial}; a new one is a reprint.</source>
        <translation>Peserta ini sudah memiliki kartu aktif, {serial}; kartu baru berarti cetak ulang.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This worker has no active card to replace; issue one without --reprint.</source>
        <translation>Peserta ini tidak punya kartu aktif untuk diganti; terbitkan kartu tanpa --reprint.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card {serial} for {name} written to {path}.</source>
        <translation>Kartu {serial} untuk {name} ditulis ke {path}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>NOT GENUINE: {reason}</source>
        <translation>TIDAK ASLI: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GENUINE</source>
        <translation>ASLI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer card</source>
        <translation>diganti kartu yang lebih baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not issued at this kiosk</source>
        <translation>tidak diterbitkan di kios ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card status: {status}</source>
        <translation>Status kartu: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial: {serial}</source>
        <translation>Nomor seri: {serial}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: {name}</source>
        <translation>Nama: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The worker is not in this registry.</source>
        <translation>Peserta tidak ada di daftar ini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a card&apos;s QR code.</source>
        <translation>ini bukan kode QR kartu peserta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is cut short; scan it again.</source>
        <translation>teksnya terpotong; pindai sekali lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a card format this kiosk does not read.</source>
        <translation>format kartu yang tidak dikenal kios ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a key this kiosk does not trust.</source>
        <translation>ditandatangani dengan kunci yang tidak dipercaya kios ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match: the card has been altered.</source>
        <translation>tanda tangan tidak cocok: kartu telah diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is damaged or altered.</source>
        <translation>teksnya rusak atau telah diubah.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Public key written to {path}.</source>
        <translation>Kunci publik ditulis ke {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is not a public key: {problem}</source>
        <translation>{path} bukan kunci publik: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another key with this key id is trusted already: that site must make a new key.</source>
        <translation>Sudah ada kunci lain dengan ID kunci ini: lokasi itu harus membuat kunci baru.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key_id} is trusted now ({path}).</source>
        <translation>Kunci {key_id} sekarang dipercaya ({path}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key {key_id} was trusted already ({path}).</source>
        <translation>Kunci {key_id} sudah dipercaya sebelumnya ({path}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/registry.py" line="+18"/>
        <source>&apos;{name}&apos; names several regions; give the kecamatan too, or a code.</source>
        <translation>&apos;{name}&apos; adalah nama beberapa wilayah; sebutkan juga kecamatannya, atau pakai kode.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../kiosk/cli/importing.py" line="+37"/>
        <source>Importing: {done} of about {total} rows</source>
        <translation>Mengimpor: {done} dari sekitar {total} baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing: {done} rows</source>
        <translation>Mengimpor: {done} baris</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+4"/>
        <source>Rejected rows, with reasons: {path}</source>
        <translation>Baris yang ditolak, dengan alasannya: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows that differ from corrections, for a supervisor: {path}</source>
        <translation>Baris yang berbeda dengan koreksi, untuk diputuskan supervisor: {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="-220"/>
        <source>A username is 2 to 40 small letters, digits, dots or dashes, starting with a letter.</source>
        <translation>Nama pengguna terdiri dari 2 sampai 40 huruf kecil, angka, titik atau tanda hubung, diawali huruf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That username is taken.</source>
        <translation>Nama pengguna itu sudah dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full name is missing.</source>
        <translation>Nama lengkap belum diisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN is too easy to guess (like 111111 or 123456).</source>
        <translation>PIN terlalu mudah ditebak (seperti 111111 atau 123456).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has at least 6 digits; a password at least 8 characters.</source>
        <translation>PIN paling sedikit 6 angka; kata sandi paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are operators already.</source>
        <translation>Sudah ada operator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such operator.</source>
        <translation>Operator itu tidak ada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New PIN for {name}: </source>
        <translation>PIN baru untuk {name}: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same PIN again: </source>
        <translation>Ulangi PIN yang sama: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first operator must be an admin (--role admin).</source>
        <translation>Operator pertama harus admin (--role admin).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Operator {name} added ({role}).</source>
        <translation>Operator {name} ditambahkan ({role}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator {name} unlocked.</source>
        <translation>Kunci operator {name} dibuka.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>locked until {time}</source>
        <translation>terkunci sampai {time}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>event #{seq} was changed after it was written</source>
        <translation>peristiwa #{seq} diubah setelah dicatat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event #{seq} is missing (deleted)</source>
        <translation>peristiwa #{seq} hilang (dihapus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event #{seq} does not follow the event before it (inserted or replaced)</source>
        <translation>peristiwa #{seq} tidak menyambung ke peristiwa sebelumnya (disisipkan atau diganti)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the trail ends at event #{seq}, which is not where the kiosk left it (events added outside the kiosk)</source>
        <translation>jejak berakhir di peristiwa #{seq}, bukan di tempat kiosk terakhir mencatat (ada peristiwa yang ditambahkan di luar kiosk)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kiosk/cli/database.py" line="+101"/>
        <source>The audit trail is whole: {n} events checked.</source>
        <translation>Jejak audit utuh: {n} peristiwa diperiksa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kiosk/cli/database.py" line="+3"/>
        <source>The audit trail is BROKEN: {why}.</source>
        <translation>Jejak audit RUSAK: {why}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The trail received from {site} is whole: {n} events checked.</source>
        <translation>Jejak audit yang diterima dari {site} utuh: {n} peristiwa diperiksa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trail received from {site} is BROKEN: {why}.</source>
        <translation>Jejak audit yang diterima dari {site} RUSAK: {why}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings file: {path}</source>
        <translation>Berkas pengaturan: {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not a valid value: {why}</source>
        <translation>Nilai tidak sah: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} changed.</source>
        <translation>{key} diubah.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say what to correct: --name, --birth-date, --phone or --desa.</source>
        <translation>Sebutkan yang dikoreksi: --name, --birth-date, --phone atau --desa.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Corrected, approved by {approver}. A later import of the list keeps it.</source>
        <translation>Dikoreksi, disetujui oleh {approver}. Impor daftar berikutnya tidak menimpanya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="-41"/>
        <source>No PIN given: type it, or set {env}.</source>
        <translation>PIN belum diberikan: ketik PIN, atau isi {env}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say who you are: --operator NAME (or set {env}).</source>
        <translation>Sebutkan siapa Anda: --operator NAMA (atau isi {env}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN for {name}: </source>
        <translation>PIN untuk {name}: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is a province monitor: only the programme&apos;s report (kiosk report), never a worker&apos;s data.</source>
        <translation>{name} adalah pemantau provinsi: hanya boleh melihat laporan program (kiosk report), tidak pernah data peserta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="-25"/>
        <location filename="../../kiosk/cli/context.py" line="+7"/>
        <source>{name} may not do this: it is not part of the role {role}.</source>
        <translation>{name} tidak boleh melakukan ini: bukan bagian dari peran {role}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="+24"/>
        <source>Locked after too many wrong PINs, until {time} WITA; a supervisor can unlock it.</source>
        <translation>Terkunci karena terlalu sering salah PIN, sampai pukul {time} WITA; supervisor dapat membukanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operator is no longer active.</source>
        <translation>Operator ini sudah tidak aktif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="+20"/>
        <location filename="../../kiosk/cli/context.py" line="+2"/>
        <location filename="../../kiosk/cli/database.py" line="-35"/>
        <source>Not allowed for this operator.</source>
        <translation>Tidak diizinkan untuk operator ini.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="+2"/>
        <source>Wrong name or PIN.</source>
        <translation>Nama atau PIN salah.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/printing.py" line="-24"/>
        <source>Card {serial} for {name} sent to {printer}.</source>
        <translation>Kartu {serial} untuk {name} dikirim ke {printer}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job {job} failed and is kept: `kiosk jobs --retry {job}` sends it again (add --printer URL for another printer).</source>
        <translation>Pekerjaan cetak {job} gagal dan disimpan: `kiosk jobs --retry {job}` mengirimnya lagi (tambahkan --printer URL untuk printer lain).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No receipt printer: give --printer URL, or set one with `kiosk settings set receipt_printer URL`.</source>
        <translation>Tidak ada printer struk: berikan --printer URL, atau atur dengan `kiosk settings set receipt_printer URL`.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name a --kecamatan or a --desa.</source>
        <translation>Sebutkan --kecamatan atau --desa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No single kecamatan or desa matches {what}; give its code to be sure.</source>
        <translation>Tidak ada satu kecamatan atau desa yang cocok dengan {what}; berikan kodenya agar pasti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--per-file is at least 1.</source>
        <translation>--per-file paling sedikit 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {registered} registered, {printed} printed already, {to_print} to print.</source>
        <translation>{name}: {registered} terdaftar, {printed} sudah dicetak, {to_print} akan dicetak.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} cards were being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output, then see `kiosk jobs`.</source>
        <translation>{count} kartu sedang dikirim ke printer saat kios berhenti; kartu itu dilewati. Periksa hasil cetak printer, lalu lihat `kiosk jobs`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} cards are being printed by another batch right now; it prints them.</source>
        <translation>{count} kartu sedang dicetak oleh batch lain saat ini; batch itu yang mencetaknya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cards were signed at another kiosk; a batch here skips them. Reprint them one by one if they are needed.</source>
        <translation>{count} kartu ditandatangani di kios lain; cetak massal di sini melewatinya. Cetak ulang satu per satu bila diperlukan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} cards printed.</source>
        <translation>{count} kartu dicetak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cards skipped: another batch or a desk was printing them at the same time.</source>
        <translation>{count} kartu dilewati: batch lain atau meja lain sedang mencetaknya pada saat yang sama.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the same command again to print the rest; no card is printed twice.</source>
        <translation>Jalankan perintah yang sama lagi untuk mencetak sisanya; tidak ada kartu yang dicetak dua kali.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>There is no print job {job}.</source>
        <translation>Tidak ada pekerjaan cetak {job}.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>--printer goes with --retry.</source>
        <translation>--printer hanya dipakai bersama --retry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--failed and --status {status} do not go together.</source>
        <translation>--failed dan --status {status} tidak bisa dipakai bersama.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No print jobs.</source>
        <translation>Tidak ada pekerjaan cetak.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Showing {first}–{last} of {total} jobs (page {page} of {pages}).</source>
        <translation>Menampilkan {first}–{last} dari {total} pekerjaan cetak (halaman {page} dari {pages}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no page {page}: {total} jobs make {pages} pages.</source>
        <translation>Tidak ada halaman {page}: {total} pekerjaan cetak mengisi {pages} halaman.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next ones: add --page {next}.</source>
        <translation>Berikutnya: tambahkan --page {next}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--resolve needs --printed or --not-printed, and --approver.</source>
        <translation>--resolve perlu --printed atau --not-printed, dan --approver.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job {job} is not waiting for an answer; nothing to settle.</source>
        <translation>Pekerjaan {job} tidak sedang menunggu jawaban; tidak ada yang perlu diselesaikan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job {job} is settled.</source>
        <translation>Pekerjaan {job} sudah diselesaikan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/handover.py" line="+111"/>
        <source>No events.</source>
        <translation>Belum ada acara.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no region with the code {code}.</source>
        <translation>Tidak ada wilayah dengan kode {code}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event {number} added. Make it this kiosk&apos;s with `kiosk settings set event {number}`.</source>
        <translation>Acara {number} ditambahkan. Jadikan acara kios ini dengan `kiosk settings set event {number}`.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such event; see `kiosk events list`, or give --date.</source>
        <translation>Acara tidak ditemukan; lihat `kiosk events list`, atau berikan --date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No handovers to record.</source>
        <translation>Belum ada serah terima untuk dicatat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BAST written to {path}: {rows} handovers, {pages} pages.</source>
        <translation>BAST ditulis ke {path}: {rows} serah terima, {pages} halaman.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--at takes the time as on the receipt: &apos;YYYY-MM-DD HH:MM&apos; (WITA).</source>
        <translation>--at diisi waktu seperti di tanda terima: &apos;YYYY-MM-DD HH:MM&apos; (WITA).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the scan {path}.</source>
        <translation>Pindaian {path} tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A supervisor must approve a paper handover.</source>
        <translation>Serah terima di atas kertas harus disetujui supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First record: handover {number}. Nothing new was recorded.</source>
        <translation>Catatan pertama: serah terima nomor {number}. Tidak ada yang dicatat lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover {number} recorded on paper: {name}, card {serial}, {time} WITA.</source>
        <translation>Serah terima nomor {number} dicatat di atas kertas: {name}, kartu {serial}, {time} WITA.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no handover {number}.</source>
        <translation>Tidak ada serah terima {number}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason.</source>
        <translation>Berikan alasannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover {number} is void.</source>
        <translation>Serah terima {number} dibatalkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kecamatan / desa: registered, printed, handed over, remaining; bank accounts opened, activated</source>
        <translation>kecamatan / desa: terdaftar, dicetak, diserahkan, sisa; rekening bank dibuka, diaktifkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(kecamatan not given)</source>
        <translation>(kecamatan tidak diisi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(desa not given)</source>
        <translation>(desa tidak diisi)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} files would be deleted.</source>
        <translation>{count} berkas akan dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files deleted.</source>
        <translation>{count} berkas dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: {retention} within the {days} days after their event, {no_bast} whose handovers are in no BAST yet, {not_handed} of cards not handed over.</source>
        <translation>Disimpan: {retention} masih dalam {days} hari setelah acaranya, {no_bast} yang serah terimanya belum tercantum dalam BAST, {not_handed} dari kartu yang belum diserahkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} files could not be deleted; they are tried again next time.</source>
        <translation>{count} berkas tidak dapat dihapus; akan dicoba lagi lain kali.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/bank.py" line="+47"/>
        <source>{count} applications wait for the bank.</source>
        <translation>{count} permohonan menunggu bank.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bank address: set one with `kiosk settings set bank_url URL`.</source>
        <translation>Belum ada alamat bank: atur dengan `kiosk settings set bank_url URL`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened: {opened}. Refused: {rejected}. Waiting for the bank: {waiting}.</source>
        <translation>Dibuka: {opened}. Ditolak: {rejected}. Menunggu bank: {waiting}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} applications written to {path}.</source>
        <translation>{count} permohonan ditulis ke {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened: {opened}. Pre-opened: {pre_opened}. Refused: {rejected}. Already recorded: {unchanged}. Rows not used: {bad}.</source>
        <translation>Dibuka: {opened}. Dibuka kolektif: {pre_opened}. Ditolak: {rejected}. Sudah tercatat: {unchanged}. Baris tidak dipakai: {bad}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line {line}: {problem}</source>
        <translation>baris {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/database.py" line="-18"/>
        <source>Copying {table}: {done} rows</source>
        <translation>Menyalin {table}: {done} baris</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The copy does not match its source; nothing was kept in the target.</source>
        <translation>Salinan tidak sama dengan sumbernya; tidak ada yang disimpan di database tujuan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. The copy is recorded in the new database&apos;s audit trail.</source>
        <translation>Selesai disalin. Penyalinan ini dicatat di jejak audit database baru.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>differs</source>
        <translation>berbeda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The source and the target are one database.</source>
        <translation>Sumber dan tujuan adalah database yang sama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database at {path}.</source>
        <translation>Tidak ada database di {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source database has schema revision {revision}, not this kiosk&apos;s {head}: open it with this kiosk version first (kiosk --database-url FROM_URL audit verify), then copy it.</source>
        <translation>Database sumber memakai revisi skema {revision}, bukan {head} milik kiosk ini: buka dulu dengan kiosk versi ini (kiosk --database-url FROM_URL audit verify), lalu salin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target database has schema revision {revision}, which this kiosk does not know (a newer kiosk&apos;s?). Nothing was copied.</source>
        <translation>Database tujuan memakai revisi skema {revision} yang tidak dikenal kiosk ini (dari kiosk versi lebih baru?). Tidak ada yang disalin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target already holds a registry (rows in: {tables}). Nothing was copied; copy only into a new, empty database.</source>
        <translation>Database tujuan sudah berisi data peserta (ada baris di: {tables}). Tidak ada yang disalin; salin hanya ke database baru yang masih kosong.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/__init__.py" line="+155"/>
        <source>Hub unreachable ({detail}). Check the network and try again.</source>
        <translation>Hub tidak terjangkau ({detail}). Periksa jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: {detail}</source>
        <translation>Database tidak dapat dihubungi: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/hub.py" line="+122"/>
        <location filename="../../kiosk/cli/province.py" line="+100"/>
        <source>Stopped: {folder}</source>
        <translation>Dihentikan: {folder}</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../kiosk/cli/province.py" line="+16"/>
        <source>PostgreSQL refused: {detail}</source>
        <translation>PostgreSQL menolak: {detail}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting the hub in {folder} ...</source>
        <translation>Menyalakan hub di {folder} ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hub is made and running.</source>
        <translation>Hub sudah dibuat dan berjalan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry was copied into it.</source>
        <translation>Daftar peserta sudah disalin ke dalamnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub is running.</source>
        <translation>Hub berjalan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hub addresses: {addresses}</source>
        <translation>Alamat hub: {addresses}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join code (kiosk join CODE on each desk, or scan its QR code):</source>
        <translation>Kode gabung (kiosk join KODE di setiap meja, atau pindai kode QR-nya):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QR code saved: {file}</source>
        <translation>Kode QR disimpan: {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code holds the hub&apos;s password: show it to desk staff only.</source>
        <translation>Kode ini memuat kata sandi hub: tunjukkan hanya kepada petugas meja.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This kiosk is now a desk of the hub at {addresses}.</source>
        <translation>Kios ini sekarang menjadi meja dari hub di {addresses}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings saved in {file}.</source>
        <translation>Pengaturan disimpan di {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying the hub onto this laptop ...</source>
        <translation>Menyalin hub ke laptop ini ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is the hub&apos;s standby ({addresses}). Handovers are confirmed only once they are on both laptops.</source>
        <translation>Laptop ini menjadi cadangan (standby) hub ({addresses}). Serah terima baru dinyatakan tercatat setelah ada di kedua laptop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the hub laptop dies: kiosk hub promote --dir {folder}</source>
        <translation>Jika laptop hub mati: kiosk hub promote --dir {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The old hub must stay switched off from now on: two hubs would split the event.</source>
        <translation>Hub lama harus tetap mati mulai sekarang: dua hub akan memecah data acara.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop is the hub now ({addresses}). Desks reconnect by themselves.</source>
        <translation>Laptop ini sekarang menjadi hub ({addresses}). Meja-meja tersambung kembali dengan sendirinya.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Linking {folder} to the centre ...</source>
        <translation>Menautkan {folder} ke pusat ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked again as {origin}: the centre takes a fresh copy of this site&apos;s records.</source>
        <translation>Ditautkan lagi sebagai {origin}: pusat mengambil salinan baru catatan lokasi ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linked as {origin} ({label}).</source>
        <translation>Ditautkan sebagai {origin} ({label}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre sends this hub the {n} workers of {kabupaten}; this hub&apos;s records go to the centre whenever the link is up. See: kiosk sync status</source>
        <translation>Pusat mengirim {n} peserta {kabupaten} ke hub ini; catatan hub ini dikirim ke pusat setiap kali tautan tersambung. Lihat: kiosk sync status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standby</source>
        <translation>cadangan (standby)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/cli/province.py" line="+74"/>
        <source>stopped</source>
        <translation>berhenti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: {role}</source>
        <translation>Peran: {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses: {addresses}</source>
        <translation>Alamat: {addresses}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desks connected: {n} {names}</source>
        <translation>Meja tersambung: {n} {names}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>synchronous</source>
        <translation>sinkron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not synchronous</source>
        <translation>tidak sinkron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standby: {address}, {state}, {kind}, lag {lag} ({bytes} bytes)</source>
        <translation>Cadangan: {address}, {state}, {kind}, tertinggal {lag} ({bytes} byte)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Standby: NOT CONNECTED: the hub carries on alone.</source>
        <translation>Cadangan: TIDAK TERSAMBUNG: hub berjalan sendiri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standby: none</source>
        <translation>Cadangan: tidak ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind the hub by {lag:.1f} s</source>
        <translation>Tertinggal dari hub {lag:.1f} dtk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk free: {free:.1f} GiB of {total:.1f} GiB</source>
        <translation>Disk kosong: {free:.1f} GiB dari {total:.1f} GiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handovers today: {n}</source>
        <translation>Serah terima hari ini: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/texts/hub.py" line="+21"/>
        <source>This is not a hub join code, or it is incomplete: scan it again or copy the whole line (it begins with KIOSKHUB1:).</source>
        <translation>Ini bukan kode gabung hub, atau kodenya tidak lengkap: pindai lagi atau salin seluruh barisnya (diawali KIOSKHUB1:).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub cannot be reached at {addresses}: check that this laptop is on the event&apos;s network and that the hub is running.</source>
        <translation>Hub tidak terjangkau di {addresses}: pastikan laptop ini tersambung ke jaringan acara dan hub sedang berjalan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>The server at {addresses} is NOT the hub of this join code (its certificate differs). Nothing was sent to it. Ask the organisers for the current code.</source>
        <translation>Server di {addresses} BUKAN hub dari kode gabung ini (sertifikatnya berbeda). Tidak ada yang dikirim ke sana. Mintalah kode terbaru kepada panitia.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The hub runs a newer kiosk version (schema {revision}): update this kiosk before it joins.</source>
        <translation>Hub memakai versi kios yang lebih baru (skema {revision}): perbarui kios ini sebelum bergabung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub runs an older kiosk version (schema {revision}): update the hub laptop&apos;s kiosk and run kiosk hub start there. A desk never changes the hub.</source>
        <translation>Hub memakai versi kios yang lebih lama (skema {revision}): perbarui kios di laptop hub lalu jalankan kiosk hub start di sana. Meja tidak pernah mengubah hub.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub refused the code&apos;s password: ask for the current join code.</source>
        <translation>Hub menolak kata sandi dalam kode: mintalah kode gabung terbaru.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no hub in {folder}: kiosk hub start makes one.</source>
        <translation>Tidak ada hub di {folder}: kiosk hub start akan membuatnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} already holds a hub or standby.</source>
        <translation>{folder} sudah berisi hub atau cadangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port {port} is taken by another program: choose --port.</source>
        <translation>Port {port} sudah dipakai program lain: pilih --port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT started: this laptop was the hub, but its standby at {address} has taken over. Keep this one off; to have a standby again, make this laptop a standby of the new hub (a new folder: kiosk hub standby CODE).</source>
        <translation>TIDAK dinyalakan: laptop ini dulu hub, tetapi cadangannya di {address} sudah mengambil alih. Biarkan yang ini mati; untuk punya cadangan lagi, jadikan laptop ini cadangan dari hub baru (folder baru: kiosk hub standby KODE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is already the hub.</source>
        <translation>{folder} sudah menjadi hub.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub cannot be reached at {addresses}.</source>
        <translation>Hub tidak terjangkau di {addresses}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/rehearsal.py" line="+91"/>
        <source>The kept rehearsal was removed.</source>
        <translation>Gladi yang disimpan sudah dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was no rehearsal to remove.</source>
        <translation>Tidak ada gladi yang perlu dihapus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+237"/>
        <source>Say how many desks and workers: --desks N --workers M.</source>
        <translation>Sebutkan jumlah meja dan peserta: --desks N --workers M.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The card-signing key cannot be used: {why}</source>
        <translation>Kunci penanda tangan kartu tidak dapat dipakai: {why}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rehearsal: {desks} desks, {workers} workers, {seconds:.1f} s</source>
        <translation>Gladi: {desks} meja, {workers} peserta, {seconds:.1f} detik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers per second: {rate:.1f}</source>
        <translation>Serah terima per detik: {rate:.1f}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lookup: p50 {p50} ms, p95 {p95} ms</source>
        <translation>Pencarian: p50 {p50} ms, p95 {p95} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover, all told: p50 {p50} ms, p95 {p95} ms</source>
        <translation>Serah terima seluruhnya: p50 {p50} ms, p95 {p95} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover commit: p50 {p50} ms, p95 {p95} ms</source>
        <translation>Pencatatan serah terima: p50 {p50} ms, p95 {p95} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempts: {attempts}; handovers confirmed: {confirmed} (in the database: {stored})</source>
        <translation>Percobaan: {attempts}; serah terima tercatat: {confirmed} (di database: {stored})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collisions: {planned} planned, {refused} refused, {named} naming the other desk</source>
        <translation>Tabrakan: {planned} direncanakan, {refused} ditolak, {named} menyebut meja lainnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double handovers: {n}</source>
        <translation>Serah terima ganda: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed handovers lost: {n}</source>
        <translation>Serah terima tercatat yang hilang: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desks working again {seconds:.1f} s after the hub died</source>
        <translation>Meja bekerja lagi {seconds:.1f} detik setelah hub mati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit trail: intact ({n} events)</source>
        <translation>Jejak audit: utuh ({n} kejadian)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail: BROKEN</source>
        <translation>Jejak audit: RUSAK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts that failed: {n}</source>
        <translation>Percobaan yang gagal: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A desk could not work: {why}</source>
        <translation>Satu meja tidak dapat bekerja: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rehearsal&apos;s data is kept in the database {database}; remove it with kiosk rehearse --clean.</source>
        <translation>Data gladi disimpan di database {database}; hapus dengan kiosk rehearse --clean.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rehearsal&apos;s data was removed.</source>
        <translation>Data gladi sudah dihapus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal passed.</source>
        <translation>Gladi lulus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearsal FAILED: double or lost handovers, or a broken audit trail.</source>
        <translation>Gladi GAGAL: ada serah terima ganda atau hilang, atau jejak audit rusak.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the rehearsal database ...</source>
        <translation>Menyiapkan database gladi ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating synthetic workers with printed cards ...</source>
        <translation>Membuat peserta contoh dengan kartu tercetak ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the desks ...</source>
        <translation>Menyalakan meja ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desks are handing over cards ...</source>
        <translation>Meja sedang menyerahkan kartu ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub was killed; the standby takes over ...</source>
        <translation>Hub dimatikan; cadangan mengambil alih ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the database ...</source>
        <translation>Memeriksa database ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the rehearsal&apos;s data ...</source>
        <translation>Menghapus data gladi ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rehearsal needs a hub (PostgreSQL); this kiosk works on SQLite. Join a hub first (kiosk join CODE), or give --database URL.</source>
        <translation>Gladi memerlukan hub (PostgreSQL); kios ini memakai SQLite. Gabung ke hub dulu (kiosk join KODE), atau berikan --database URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{database} is the registry itself: a rehearsal never runs there.</source>
        <translation>{database} adalah database peserta yang sebenarnya: gladi tidak pernah dijalankan di sana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kept rehearsal is still in {database}: remove it first with kiosk rehearse --clean.</source>
        <translation>Masih ada gladi yang disimpan di {database}: hapus dulu dengan kiosk rehearse --clean.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {database} holds data that is not a rehearsal&apos;s: it is left alone.</source>
        <translation>Database {database} berisi data yang bukan data gladi: database itu tidak diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kill-hub-after needs the hub and the standby on this machine: give --hub-dir DIR and --standby-dir DIR.</source>
        <translation>--kill-hub-after perlu hub dan cadangannya di komputer ini: berikan --hub-dir DIR dan --standby-dir DIR.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/province.py" line="-56"/>
        <source>The centre is made and running: {folder}</source>
        <translation>Pusat sudah dibuat dan berjalan: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is running: {folder}</source>
        <translation>Pusat berjalan: {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each site links with (on the hub laptop, the kabupaten&apos;s code at the end):</source>
        <translation>Setiap lokasi menautkan diri dengan (di laptop hub, kode kabupaten di akhir):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL holds the centre&apos;s link password (a superuser&apos;s, as PostgreSQL 15 requires): give it only to the people who link sites.</source>
        <translation>URL ini memuat kata sandi tautan pusat (milik superuser, sebagaimana diwajibkan PostgreSQL 15): berikan hanya kepada petugas yang menautkan lokasi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is the province&apos;s centre now. Import the registry here.</source>
        <translation>Basis data ini sekarang pusat provinsi. Impor daftar peserta di sini.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre: {folder} ({state})</source>
        <translation>Pusat: {folder} ({state})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No links to the province.</source>
        <translation>Belum ada tautan ke provinsi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/texts/province.py" line="+21"/>
        <source>That database is not the province&apos;s centre: prepare it first with kiosk central setup URL (or kiosk central init for a trial).</source>
        <translation>Basis data itu bukan pusat provinsi: siapkan dulu dengan kiosk central setup URL (atau kiosk central init untuk uji coba).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is the province&apos;s centre: a centre is not linked as a site.</source>
        <translation>Basis data ini adalah pusat provinsi: pusat tidak ditautkan sebagai lokasi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server does not keep logical WAL (wal_level): set wal_level = logical and restart it, then link again.</source>
        <translation>Server ini tidak menyimpan WAL logis (wal_level): atur wal_level = logical, mulai ulang server, lalu tautkan lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not a kabupaten/kota of NTT: give its code, e.g. 53.11 for Sumba Timur.</source>
        <translation>{code} bukan kabupaten/kota di NTT: berikan kodenya, misalnya 53.11 untuk Sumba Timur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This site holds {n} workers the centre does not have: its registry was imported here. The province&apos;s registry is imported at the centre; start a new hub and link it, then the centre sends it its kabupaten&apos;s workers.</source>
        <translation>Lokasi ini memuat {n} peserta yang tidak ada di pusat: daftar pesertanya diimpor di sini. Daftar peserta provinsi diimpor di pusat; buat hub baru lalu tautkan, maka pusat mengirim peserta kabupatennya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link needs a superuser of the centre (PostgreSQL 15: only a superuser may create a subscription): use the link URL the province gave you.</source>
        <translation>Tautan memerlukan superuser pusat (PostgreSQL 15: hanya superuser yang boleh membuat langganan): pakai URL tautan yang diberikan provinsi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is already linked as {origin}, for another kabupaten.</source>
        <translation>Basis data ini sudah ditautkan sebagai {origin}, untuk kabupaten lain.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To the centre</source>
        <translation>Ke pusat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the centre</source>
        <translation>Dari pusat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {site}</source>
        <translation>Dari {site}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To {site}</source>
        <translation>Ke {site}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>tersambung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT connected</source>
        <translation>TIDAK tersambung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>behind by {s:.1f} s</source>
        <translation>tertinggal {s:.1f} dtk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} changes waiting</source>
        <translation>{n} perubahan menunggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes waiting: not known from here</source>
        <translation>perubahan menunggu: tidak diketahui dari sini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last contact {when}</source>
        <translation>kontak terakhir {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data up to {when}</source>
        <translation>data s.d. {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WAL kept {kept} of at most {bound}</source>
        <translation>WAL disimpan {kept} dari paling banyak {bound}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WARNING: the WAL this link needed is gone (the disk bound was reached): run kiosk hub link again; the centre then takes a fresh copy of this site.</source>
        <translation>PERINGATAN: WAL yang diperlukan tautan ini sudah hilang (batas disk tercapai): jalankan kiosk hub link lagi; pusat lalu mengambil salinan baru lokasi ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WARNING: the WAL kept for the centre is over half its bound: connect the link (the tunnel to the centre) soon, before the disk fills.</source>
        <translation>PERINGATAN: WAL yang disimpan untuk pusat sudah lebih dari separuh batasnya: sambungkan tautan (terowongan ke pusat) segera, sebelum disk penuh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/report.py" line="+59"/>
        <location line="+7"/>
        <source>Report saved: {file}</source>
        <translation>Laporan disimpan: {file}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The report cannot be saved there: {reason}</source>
        <translation>Laporan tidak dapat disimpan di sana: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme report, made {time} WITA</source>
        <translation>Laporan program, dibuat {time} WITA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Kartu dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Kartu diserahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account opened</source>
        <translation>Rekening dibuka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cards printed {printed} = handed over {handed} + waiting {waiting} + replaced {replaced} + voided {voided}</source>
        <translation>Kartu dicetak {printed} = diserahkan {handed} + menunggu di lokasi {waiting} + rusak/diganti {replaced} + dibatalkan {voided}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bank applications {total}: opened {opened}, waiting for the bank {pending}, rejected {rejected}, failed {failed}</source>
        <translation>Permohonan rekening {total}: dibuka {opened}, menunggu jawaban bank {pending}, ditolak {rejected}, gagal (perlu diperiksa) {failed}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double handovers: {count}</source>
        <translation>Serah terima ganda: {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target of {name} ({code}): {n}.</source>
        <translation>Target {name} ({code}): {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} targets set from {file}.</source>
        <translation>{n} target disimpan dari {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved: {n} lines must be corrected first.</source>
        <translation>Tidak ada yang disimpan: {n} baris harus diperbaiki dulu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved: correct the file first.</source>
        <translation>Tidak ada yang disimpan: perbaiki berkasnya dulu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No targets set.</source>
        <translation>Belum ada target.</translation>
    </message>
</context>
<context>
    <name>corrections</name>
    <message>
        <location filename="../../kiosk/texts/corrections.py" line="+13"/>
        <source>The name cannot be empty.</source>
        <translation>Nama tidak boleh kosong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Nama terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth does not match the NIK. Only the civil registry (Dukcapil) can correct a NIK.</source>
        <translation>Tanggal lahir tidak sesuai dengan NIK. Hanya Dukcapil yang dapat memperbaiki NIK.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a phone number: type it like 0812 3456 7890.</source>
        <translation>Ini bukan nomor HP: ketik seperti 0812 3456 7890.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the desa from the list.</source>
        <translation>Pilih desa dari daftar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This worker is no longer in the registry.</source>
        <translation>Peserta ini tidak ada lagi di data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Tidak ada data yang diubah.</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../../kiosk/texts/handover.py" line="+17"/>
        <source>The worker signs</source>
        <translation>Peserta menandatangani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint and a witness</source>
        <translation>Cap jempol dan saksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A representative collects</source>
        <translation>Diambil oleh wakil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a paper receipt signed by hand</source>
        <translation>Tanda terima kertas, ditandatangani tangan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please sign: the pad is empty.</source>
        <translation>Silakan tanda tangan: bidang tanda tangan masih kosong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is too small: sign with your usual signature.</source>
        <translation>Tanda tangan terlalu kecil: silakan tanda tangan seperti biasa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A straight line is not a signature: please sign with your usual signature.</source>
        <translation>Garis lurus bukan tanda tangan: silakan tanda tangan seperti biasa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the witness&apos;s name.</source>
        <translation>Tulis nama saksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the representative&apos;s name.</source>
        <translation>Tulis nama wakil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The representative&apos;s NIK is not valid: 16 digits, as on their KTP.</source>
        <translation>NIK wakil tidak valid: 16 angka, seperti pada KTP-nya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write how the representative is related to the worker.</source>
        <translation>Tulis hubungan wakil dengan peserta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the reason.</source>
        <translation>Tulis alasannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This worker has no card yet: print it first.</source>
        <translation>Peserta ini belum punya kartu: cetak terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This QR code is not a genuine card. Scan the card again.</source>
        <translation>Kode QR ini bukan kartu asli. Pindai kartunya lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card belongs to another worker (%1). Take the right card.</source>
        <translation>Kartu ini milik peserta lain (%1). Ambil kartu yang benar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is no longer valid (replaced or voided). Hand over the newest card.</source>
        <translation>Kartu ini tidak berlaku lagi (diganti atau dibatalkan). Serahkan kartu terbaru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This worker is inactive: a supervisor must check the data first.</source>
        <translation>Peserta ini tidak aktif: supervisor harus memeriksa datanya terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This worker has no bank account waiting to be activated.</source>
        <translation>Peserta ini tidak punya rekening bank yang menunggu diaktifkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the serial printed on the card: at least its last 4 characters.</source>
        <translation>Ketik nomor seri yang tercetak di kartu, paling sedikit 4 karakter terakhirnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a card serial. Type the serial exactly as printed on the card.</source>
        <translation>Itu bukan nomor seri kartu. Ketik nomor seri persis seperti tercetak di kartu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The serial typed does not match this worker&apos;s card. Check that the card is theirs and that the serial is typed right.</source>
        <translation>Nomor seri yang diketik tidak cocok dengan kartu peserta ini. Periksa apakah kartu ini miliknya dan nomor serinya diketik dengan benar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another card ends in the same characters: type more of the serial.</source>
        <translation>Ada kartu lain dengan akhiran yang sama: ketik lebih banyak karakter nomor seri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no worker with KPJ %1.</source>
        <translation>Tidak ada peserta dengan KPJ %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan of the receipt must be a PDF or a PNG file.</source>
        <translation>Pindaian tanda terima harus berkas PDF atau PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan of the receipt is too large (at most 10 MB).</source>
        <translation>Pindaian tanda terima terlalu besar (paling besar 10 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the handover is in the future: check --at.</source>
        <translation>Waktu serah terima ada di masa depan: periksa --at.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the handover is before the card was made: check --at.</source>
        <translation>Waktu serah terima sebelum kartu dibuat: periksa --at.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This card was already handed over on %1 at %2 WITA by %3, at %4 (%5).</source>
        <translation>Kartu ini sudah diserahkan pada %1 pukul %2 WITA oleh %3, di %4 (%5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card was already handed over on %1 at %2 WITA by %3 (%5).</source>
        <translation>Kartu ini sudah diserahkan pada %1 pukul %2 WITA oleh %3 (%5).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Its QR code scanned</source>
        <translation>Pindai kode QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its serial typed and matched</source>
        <translation>Ketik nomor seri (cocok)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the desk during the handover</source>
        <translation>Dicetak di meja saat serah terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handover %1 was already voided on %2 at %3 WITA by %4. Reason: %5</source>
        <translation>Serah terima %1 sudah dibatalkan pada %2 pukul %3 WITA oleh %4. Alasan: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Card handed over to %1.</source>
        <translation>✓ Kartu diserahkan kepada %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tanda terima did not print: %1 It waits in Printing → Print jobs.</source>
        <translation>Tanda terima tidak tercetak: %1 Pekerjaan ini menunggu di Pencetakan → Pekerjaan cetak.</translation>
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
<context>
    <name>operators</name>
    <message>
        <location filename="../../kiosk/texts/operators.py" line="+16"/>
        <source>Desk staff</source>
        <translation>Petugas serah terima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing operator</source>
        <translation>Operator cetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province monitor</source>
        <translation>Pemantau provinsi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong username or PIN. After 5 wrong PINs the operator is locked for a while.</source>
        <translation>Nama pengguna atau PIN salah. Setelah 5 kali salah PIN, akun dikunci sementara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong PINs: this operator is locked until %1 WITA. A supervisor can unlock it sooner.</source>
        <translation>Terlalu banyak PIN salah: akun ini dikunci sampai pukul %1 WITA. Supervisor dapat membukanya lebih cepat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This operator is no longer active. Ask an administrator.</source>
        <translation>Akun ini sudah tidak aktif. Hubungi admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This operator may not do this.</source>
        <translation>Akun ini tidak berwenang untuk tindakan ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PIN has at least %1 digits, not all the same and not a run like 123456. A password of at least %2 characters may be used instead.</source>
        <translation>PIN minimal %1 angka, tidak boleh angka yang sama semua atau berurutan seperti 123456. Boleh juga kata sandi minimal %2 karakter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN is too short: at least %1 digits, or a password of at least %2 characters.</source>
        <translation>PIN terlalu pendek: minimal %1 angka, atau kata sandi minimal %2 karakter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN is too easy to guess: not all the same digit (111111), not a run (123456).</source>
        <translation>PIN terlalu mudah ditebak: jangan angka yang sama semua (111111) atau berurutan (123456).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A username has 2 to 40 characters: small letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>Nama pengguna 2 sampai 40 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah, diawali huruf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This username is taken already.</source>
        <translation>Nama pengguna ini sudah dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the operator&apos;s full name.</source>
        <translation>Isi nama lengkap petugas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator exists already: sign in.</source>
        <translation>Admin sudah ada: silakan masuk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such operator.</source>
        <translation>Petugas ini tidak ada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not allowed for your role.</source>
        <translation>Tindakan ini tidak diizinkan untuk peran Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be reached. Try again.</source>
        <translation>Data tidak dapat dihubungi. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../kiosk/texts/printing.py" line="+46"/>
        <source>The printer %1 is out of paper. Load paper, then press Retry.</source>
        <translation>Kertas printer %1 habis. Isi kertas, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer %1 did not take the whole job in time. Check that it is on and not jammed, then press Retry or choose another printer.</source>
        <translation>Printer %1 tidak menerima seluruh pekerjaan tepat waktu. Periksa bahwa printer menyala dan tidak macet, lalu tekan Coba lagi atau pilih printer lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer cannot reach the printer %1: a part is missing.</source>
        <translation>Komputer ini tidak dapat menjangkau printer %1: ada komponen yang belum terpasang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A card file of that name is already in the folder %1; nothing was overwritten.</source>
        <translation>Berkas kartu dengan nama itu sudah ada di folder %1; tidak ada yang ditimpa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 cannot be reached or refused the job. Check its cable or network and that it is on, then press Retry or choose another printer.</source>
        <translation>Printer %1 tidak dapat dijangkau atau menolak pekerjaan. Periksa kabel atau jaringannya dan pastikan printer menyala, lalu tekan Coba lagi atau pilih printer lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer %1 did not take the job.</source>
        <translation>Printer %1 tidak menerima pekerjaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Out of paper</source>
        <translation>Kertas habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer unreachable or refused</source>
        <translation>Printer tidak terjangkau atau menolak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer connection unavailable</source>
        <translation>Sambungan printer tidak tersedia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File already exists</source>
        <translation>Berkas sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Terhenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer address is not valid: %1</source>
        <translation>Alamat printer tidak valid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This worker&apos;s card %1 was printed already. A new card is a reprint: it needs a reason and a supervisor&apos;s approval.</source>
        <translation>Kartu %1 peserta ini sudah dicetak. Kartu baru adalah cetak ulang: perlu alasan dan persetujuan supervisor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This worker&apos;s card %1 is being printed, or an earlier print was interrupted. Check the printer&apos;s output and the print jobs before printing it again.</source>
        <translation>Kartu %1 peserta ini sedang dicetak, atau pencetakan sebelumnya terputus. Periksa hasil cetak printer dan daftar pekerjaan cetak sebelum mencetaknya lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a failed print job can be retried.</source>
        <translation>Hanya pekerjaan cetak yang gagal yang dapat dicoba lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This worker has no card to replace; print a first card instead.</source>
        <translation>Peserta ini belum punya kartu untuk diganti; cetak kartu pertama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card %1 was issued at another kiosk; reprint it to print it here.</source>
        <translation>Kartu %1 diterbitkan di kios lain; cetak ulang untuk mencetaknya di sini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data corrected</source>
        <translation>Data dikoreksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoiled in the printer</source>
        <translation>Rusak di printer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Card folder: %1</source>
        <translation>Folder kartu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanda terima folder: %1</source>
        <translation>Folder tanda terima: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card printer %1</source>
        <translation>Printer kartu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt printer %1</source>
        <translation>Printer struk %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Receipt printer on USB (%1)</source>
        <translation>Printer struk di USB (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printer on the port %1</source>
        <translation>Printer struk di port %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card was saved as a PDF file, not printed: %1. Open it to print it, or give it to whoever runs the card printer.</source>
        <translation>Kartu disimpan sebagai file PDF, belum tercetak: %1. Buka file itu untuk mencetaknya, atau serahkan kepada petugas printer kartu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tanda terima was saved as a PDF file (no receipt printer is set): %1. Open it to print it.</source>
        <translation>Tanda terima disimpan sebagai file PDF (printer struk belum diatur): %1. Buka file itu untuk mencetaknya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card went to the printer: %1. Collect it there.</source>
        <translation>Kartu dikirim ke printer: %1. Ambil kartunya di sana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tanda terima went to the printer: %1.</source>
        <translation>Tanda terima dikirim ke printer: %1.</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <location filename="../../kiosk/texts/targets.py" line="+15"/>
        <source>&apos;{code}&apos; is not a kabupaten/kota of NTT: give a code like 53.11.</source>
        <translation>&apos;{code}&apos; bukan kabupaten/kota di NTT: tulis kode seperti 53.11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it begins: --from must not be after --to.</source>
        <translation>Periode berakhir sebelum dimulai: --from tidak boleh sesudah --to.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a kabupaten/kota of NTT (a code like 53.11).</source>
        <translation>&apos;{value}&apos; bukan kabupaten/kota di NTT (kode seperti 53.11).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a number of workers (digits only, e.g. 3986).</source>
        <translation>&apos;{value}&apos; bukan jumlah peserta (hanya angka, mis. 3986).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is too large for a target.</source>
        <translation>&apos;{value}&apos; terlalu besar untuk target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} appears more than once in the file.</source>
        <translation>{value} muncul lebih dari sekali dalam berkas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; must have exactly two columns: kode and target.</source>
        <translation>&apos;{value}&apos; harus tepat dua kolom: kode dan target.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line must be the header kode,target (or kode;target).</source>
        <translation>Baris pertama harus judul kolom kode,target (atau kode;target).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no targets.</source>
        <translation>Berkas tidak berisi target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as a UTF-8 text file: {value}</source>
        <translation>Berkas tidak bisa dibaca sebagai teks UTF-8: {value}</translation>
    </message>
</context>
</TS>
