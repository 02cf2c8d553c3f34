<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>KPJ number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place, date of birth</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village, district</source>
        <translation>Village, district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NIK is partly hidden to protect the worker&apos;s personal data.</source>
        <translation>The NIK is partly hidden to protect the worker&apos;s personal data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a worker from the list to see their registration here.</source>
        <translation>Choose a worker from the list to see their registration here.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kiosk/ui/import_dialog.py" line="+238"/>
        <source>Choose a registration list</source>
        <translation>Choose a registration list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Registration lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of about %2 rows</source>
        <translation>%1 of about %2 rows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import was stopped. Nothing in the registry was changed.</source>
        <translation>The import was stopped. Nothing in the registry was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import failed (%1). Nothing in the registry was changed.</source>
        <translation>The import failed (%1). Nothing in the registry was changed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Import a registration list</source>
        <translation>Import a registration list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the list of registered workers: a CSV file or an Excel workbook (.xlsx).

It needs at least the columns NIK, name, date of birth and KPJ number. Workers already in the registry are updated by their NIK. Rows with mistakes are not imported: they are listed afterwards, and saved in a file next to the list, so that they can be corrected and imported again.</source>
        <translation>Choose the list of registered workers: a CSV file or an Excel workbook (.xlsx).

It needs at least the columns NIK, name, date of birth and KPJ number. Workers already in the registry are updated by their NIK. Rows with mistakes are not imported: they are listed afterwards, and saved in a file next to the list, so that they can be corrected and imported again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import another file…</source>
        <translation>Import another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the rejected rows&apos; file</source>
        <translation>Show the rejected rows&apos; file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workers</source>
        <translation>New workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date</source>
        <translation>Already up to date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported with a warning</source>
        <translation>Imported with a warning</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is imported.</source>
        <translation>%1 is imported.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rejected rows, with the reasons, are saved in %1. Correct them there and import that file.</source>
        <translation>The rejected rows, with the reasons, are saved in %1. Correct them there and import that file.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place and date of birth</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village code</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPJ number</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <location line="+8"/>
        <source>The file {name} is not there any more.</source>
        <translation>The file {name} is not there any more.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a registration list: choose a CSV or an Excel (.xlsx) file.</source>
        <translation>{name} is not a registration list: choose a CSV or an Excel (.xlsx) file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be read. Is it open in another program?</source>
        <translation>{name} cannot be read. Is it open in another program?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} has no workers in it.</source>
        <translation>{name} has no workers in it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} lacks columns the registry needs: {columns}.</source>
        <translation>{name} lacks columns the registry needs: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rejected rows cannot be saved next to {name}. Copy the file to a folder you can write to, and import it from there.</source>
        <translation>The rejected rows cannot be saved next to {name}. Copy the file to a folder you can write to, and import it from there.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location line="-176"/>
        <source>the NIK is empty</source>
        <translation>the NIK is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel turned the NIK into a number like 5.31101E+15 and lost its last digits: format the NIK column as Text and type the NIK again</source>
        <translation>Excel turned the NIK into a number like 5.31101E+15 and lost its last digits: format the NIK column as Text and type the NIK again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the NIK is stored as a number, and Excel keeps only 15 of its 16 digits: format the NIK column as Text and type the NIK again</source>
        <translation>the NIK is stored as a number, and Excel keeps only 15 of its 16 digits: format the NIK column as Text and type the NIK again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the NIK must have digits only</source>
        <translation>the NIK must have digits only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the NIK has only {digits} digits instead of 16</source>
        <translation>the NIK has only {digits} digits instead of 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK has {digits} digits instead of 16</source>
        <translation>the NIK has {digits} digits instead of 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK does not start with a region code</source>
        <translation>the NIK does not start with a region code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits 7 to 12 of the NIK are not a date of birth</source>
        <translation>digits 7 to 12 of the NIK are not a date of birth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK ends in 0000, which no NIK does</source>
        <translation>the NIK ends in 0000, which no NIK does</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same NIK is already on line {first_line}</source>
        <translation>the same NIK is already on line {first_line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than {max_length} characters</source>
        <translation>longer than {max_length} characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date of birth is empty</source>
        <translation>the date of birth is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of birth is not a date (write dd/mm/yyyy)</source>
        <translation>the date of birth is not a date (write dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date of birth does not exist</source>
        <translation>the date of birth does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of birth is in the future</source>
        <translation>the date of birth is in the future</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sex must be L or P (Laki-laki or Perempuan)</source>
        <translation>the sex must be L or P (Laki-laki or Perempuan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the KPJ number is empty</source>
        <translation>the KPJ number is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the KPJ number must have 11 digits, not {digits}</source>
        <translation>the KPJ number must have 11 digits, not {digits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same KPJ number is already on line {first_line}</source>
        <translation>the same KPJ number is already on line {first_line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the KPJ number belongs to another worker (NIK {owner})</source>
        <translation>the KPJ number belongs to another worker (NIK {owner})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a mobile phone number (08…, 62… or +62…)</source>
        <translation>not a mobile phone number (08…, 62… or +62…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no desa/kelurahan in NTT has this code</source>
        <translation>no desa/kelurahan in NTT has this code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no kecamatan in NTT has this name or code</source>
        <translation>no kecamatan in NTT has this name or code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no desa/kelurahan in NTT has this name</source>
        <translation>no desa/kelurahan in NTT has this name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no desa/kelurahan of this name in kecamatan {kecamatan}</source>
        <translation>no desa/kelurahan of this name in kecamatan {kecamatan}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>several desa/kelurahan have this name ({candidates}): add the kecamatan or the desa code</source>
        <translation>several desa/kelurahan have this name ({candidates}): add the kecamatan or the desa code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the NIK&apos;s region {district} is not a kecamatan of NTT</source>
        <translation>the NIK&apos;s region {district} is not a kecamatan of NTT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sex does not match the NIK</source>
        <translation>the sex does not match the NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date of birth does not match the NIK ({nik_date})</source>
        <translation>the date of birth does not match the NIK ({nik_date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the desa/kelurahan is empty</source>
        <translation>the desa/kelurahan is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no kabupaten/kota in NTT has this name or code</source>
        <translation>no kabupaten/kota in NTT has this name or code</translation>
    </message>
</context>
<context>
    <name>ImportRejects</name>
    <message>
        <location line="+76"/>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>reason</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="+254"/>
        <source>The registry could not be read. Try again.</source>
        <translation>The registry could not be read. Try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>BPJS Ketenagakerjaan card handover</source>
        <translation>BPJS Ketenagakerjaan card handover</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find a worker</source>
        <translation>Find a worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a registration list (CSV or Excel)</source>
        <translation>Import a registration list (CSV or Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ go to the list   ·   Enter open   ·   Esc clear and start again</source>
        <translation>↓ go to the list   ·   Enter open   ·   Esc clear and start again</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1   ·   Device: %2</source>
        <translation>Site: %1   ·   Device: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody matches. Check the spelling, or type the NIK or KPJ number instead.</source>
        <translation>Nobody matches. Check the spelling, or type the NIK or KPJ number instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a worker&apos;s name or number, or scan their card.
The workers found appear here.</source>
        <translation>Type a worker&apos;s name or number, or scan their card.
The workers found appear here.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kiosk/ui/problems_model.py" line="+92"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported, check</source>
        <translation>Imported, check</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../kiosk/ui/results_model.py" line="+106"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Village</translation>
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
        <translation>Type a name, NIK, KPJ or phone number, or scan a card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search (Esc)</source>
        <translation>Clear the search (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;District</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type at least 2 letters or 4 digits</source>
        <translation>Type at least 2 letters or 4 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No worker found</source>
        <translation>No worker found</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>More than %n found — type more</source>
        <translation>
            <numerusform>More than %n found — type more</numerusform>
            <numerusform>More than %n found — type more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../kiosk/cli.py" line="+92"/>
        <source>Creating demo workers: {done} / {total}</source>
        <translation>Creating demo workers: {done} / {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The registry already has {count} workers; use --replace to start over.</source>
        <translation>The registry already has {count} workers; use --replace to start over.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry already has {count} workers; nothing created.</source>
        <translation>The registry already has {count} workers; nothing created.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).</source>
        <translation>Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No region named &apos;{name}&apos;.</source>
        <translation>No region named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; names several regions; give the kecamatan too, or a code.</source>
        <translation>&apos;{name}&apos; names several regions; give the kecamatan too, or a code.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No worker found.</source>
        <translation>No worker found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>More than {n} workers match; type more of the name.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli_import.py" line="+28"/>
        <source>Importing: {done} of about {total} rows</source>
        <translation>Importing: {done} of about {total} rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing: {done} rows</source>
        <translation>Importing: {done} rows</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  line {line}, column {column}: {reason} (warning)</source>
        <translation>  line {line}, column {column}: {reason} (warning)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  line {line}, column {column}: {reason}</source>
        <translation>  line {line}, column {column}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source}: {inserted} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected ({seconds:.1f} s).</source>
        <translation>{source}: {inserted} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected ({seconds:.1f} s).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more.</source>
        <translation>  … and {n} more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows, with reasons: {path}</source>
        <translation>Rejected rows, with reasons: {path}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kiosk/texts/labels.py" line="+13"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card printed</source>
        <translation>Card printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
</context>
</TS>
