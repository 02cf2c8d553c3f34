<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kiosk/ui/bank/account_dialog.py" line="+251"/>
        <source>The worker&apos;s data could not be read. Close this window and try again.</source>
        <translation>The worker&apos;s data could not be read. Close this window and try again.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Saving the application…</source>
        <translation>Saving the application…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The kiosk met an error; nothing was saved. Call a supervisor.</source>
        <translation>The kiosk met an error; nothing was saved. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a Bank NTT savings account</source>
        <translation>Open a Bank NTT savings account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_form.py" line="+261"/>
        <source>The bank checks these data against the population records. If the KTP says otherwise, correct the worker&apos;s data before sending.</source>
        <translation>The bank checks these data against the population records. If the KTP says otherwise, correct the worker&apos;s data before sending.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_dialog.py" line="+1"/>
        <source>Reading the worker&apos;s data…</source>
        <translation>Reading the worker&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_form.py" line="+7"/>
        <source>1. Compare with the KTP</source>
        <translation>1. Compare with the KTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Customer data</source>
        <translation>2. Customer data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Consent</source>
        <translation>3. Consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Specimen signature</source>
        <translation>4. Specimen signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIK</source>
        <translation>NIK</translation>
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
        <source>Address on the KTP</source>
        <translation>Address on the KTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mother&apos;s maiden name</source>
        <translation>&amp;Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marital s&amp;tatus</source>
        <translation>Marital s&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of &amp;funds</source>
        <translation>Source of &amp;funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly &amp;income</source>
        <translation>Average monthly &amp;income</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pu&amp;rpose of the account</source>
        <translation>Pu&amp;rpose of the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;address</source>
        <translation>Current &amp;address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose, as on the KTP</source>
        <translation>Choose, as on the KTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the worker</source>
        <translation>Ask the worker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose or type</source>
        <translation>Choose or type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as KTP</source>
        <translation>Same as KTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worker agrees (read to them aloud)</source>
        <translation>The worker agrees (read to them aloud)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the signature given at the card handover (the worker agrees)</source>
        <translation>Use the signature given at the card handover (the worker agrees)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature the worker gave at the card handover is used as the specimen: no need to sign again.</source>
        <translation>The signature the worker gave at the card handover is used as the specimen: no need to sign again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/bank/account_dialog.py" line="+2"/>
        <source>Save and send to the bank</source>
        <translation>Save and send to the bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the form and send again</source>
        <translation>Correct the form and send again</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: application %1.</source>
        <translation>Saved: application %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is sent to the bank as soon as the network allows; you may close this window.</source>
        <translation>It is sent to the bank as soon as the network allows; you may close this window.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kiosk is not connected to the bank: a supervisor sends the saved applications to the bank as a file (kiosk bank export). You may close this window.</source>
        <translation>This kiosk is not connected to the bank: a supervisor sends the saved applications to the bank as a file (kiosk bank export). You may close this window.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account opened: %1</source>
        <translation>Account opened: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank refused application %1.</source>
        <translation>The bank refused application %1.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../kiosk/ui/common/approval_dialog.py" line="+121"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/batch_dialog.py" line="+345"/>
        <source>Choose the folder for the card files</source>
        <translation>Choose the folder for the card files</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kiosk/ui/printing/batch_outcome.py" line="+50"/>
        <source>Stopping after this card…</source>
        <translation>Stopping after this card…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The batch stopped because of an error; call a supervisor.</source>
        <translation>The batch stopped because of an error; call a supervisor.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Print a batch of cards</source>
        <translation>Print a batch of cards</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print every card of a kecamatan or a desa that is not printed yet, sorted by desa and then by name. Cards printed already are never printed again.</source>
        <translation>Print every card of a kecamatan or a desa that is not printed yet, sorted by desa and then by name. Cards printed already are never printed again.</translation>
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
        <translation>Print to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (one PDF per card)</source>
        <translation>%1 (one PDF per card)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card printer (none is set up)</source>
        <translation>Card printer (none is set up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files of %1 cards, in a folder</source>
        <translation>PDF files of %1 cards, in a folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
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
        <location line="+6"/>
        <source>Choose a kecamatan</source>
        <translation>Choose a kecamatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All desa</source>
        <translation>All desa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the batch again to print the rest; no card is printed twice.</source>
        <translation>Run the batch again to print the rest; no card is printed twice.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Print %n card(s)</source>
        <translation>
            <numerusform>Print %n card</numerusform>
            <numerusform>Print %n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing/batch_scope.py" line="+122"/>
        <source>Choose a kecamatan to see its cards.</source>
        <translation>Choose a kecamatan to see its cards.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting the cards…</source>
        <translation>Counting the cards…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 registered · %2 printed already · %3 to print</source>
        <translation>%1 registered · %2 printed already · %3 to print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/printing/batch_dialog.py" line="+46"/>
        <source>%n card(s) were being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output and the print jobs.</source>
        <translation>
            <numerusform>%n card was being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output and the print jobs.</numerusform>
            <numerusform>%n cards were being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output and the print jobs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The batch is still printing. Press Stop to stop it after the current card, or wait until it ends.</source>
        <translation>The batch is still printing. Press Stop to stop it after the current card, or wait until it ends.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing/batch_outcome.py" line="+7"/>
        <source>Card %1 of %2</source>
        <translation>Card %1 of %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%n card(s) were printed at a desk meanwhile and were skipped.</source>
        <translation>%n card(s) were printed at a desk meanwhile and were skipped.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%n card(s) saved as PDF files, not printed yet.</source>
        <translation>%n card(s) saved as PDF files, not printed yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n card(s) printed.</source>
        <translation>%n card(s) printed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped: %n card(s) saved as PDF files.</source>
        <translation>Stopped: %n card(s) saved as PDF files.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The finished files stay in the folder. Running the batch again continues where it stopped and never makes a card twice.</source>
        <translation>The finished files stay in the folder. Running the batch again continues where it stopped and never makes a card twice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped: %n card(s) printed.</source>
        <translation>Stopped: %n card(s) printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The finished files stay printed. Running the batch again continues where it stopped and never prints a card twice.</source>
        <translation>The finished files stay printed. Running the batch again continues where it stopped and never prints a card twice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%n files: %1 to %2</source>
        <translation>%n files: %1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/printing/batch_dialog.py" line="+30"/>
        <source>%n card(s) were issued at another kiosk and are skipped: reprint them one by one.</source>
        <translation>
            <numerusform>%n card was issued at another kiosk and are skipped: reprint them one by one.</numerusform>
            <numerusform>%n cards were issued at another kiosk and are skipped: reprint them one by one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printing/batch_outcome.py" line="-7"/>
        <source>Saved in the folder %1</source>
        <translation>Saved in the folder %1</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../kiosk/ui/lookup/correction_dialog.py" line="+171"/>
        <source>(desa not given)</source>
        <translation>(desa not given)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A supervisor approves this correction</source>
        <translation>A supervisor approves this correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s data will be corrected. A supervisor (not you) types their username and PIN to approve; both names are recorded.</source>
        <translation>%1&apos;s data will be corrected. A supervisor (not you) types their username and PIN to approve; both names are recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor other than you can approve this.</source>
        <translation>Only a supervisor other than you can approve this.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Correct a worker&apos;s data</source>
        <translation>Correct a worker&apos;s data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the data of %1</source>
        <translation>Correct the data of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change only what is wrong on the registration. The NIK cannot be changed here. The old and new values are recorded.</source>
        <translation>Change only what is wrong on the registration. The NIK cannot be changed here. The old and new values are recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change only what is wrong on the registration. The NIK cannot be changed here. A supervisor approves the correction; the old and new values are recorded.</source>
        <translation>Change only what is wrong on the registration. The NIK cannot be changed here. A supervisor approves the correction; the old and new values are recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desa</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor…</source>
        <translation>Ask a supervisor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../../kiosk/ui/common/credentials.py" line="+104"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type your username.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN or password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../kiosk/ui/report/charts.py" line="+268"/>
        <source>Day (WITA)</source>
        <translation>Day (WITA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
</context>
<context>
    <name>DeskHourTable</name>
    <message>
        <location filename="../../kiosk/ui/report/report_tables.py" line="+206"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No handovers at any desk in this report.</source>
        <translation>No handovers at any desk in this report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
</context>
<context>
    <name>DestinationNote</name>
    <message>
        <location filename="../../kiosk/ui/common/destination.py" line="+42"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the PDF, from where it can be printed</source>
        <translation>Opens the PDF, from where it can be printed</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This computer has no program to open PDF files. Copy the file to a computer that prints, or ask a supervisor.</source>
        <translation>This computer has no program to open PDF files. Copy the file to a computer that prints, or ask a supervisor.</translation>
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
        <location line="+4"/>
        <source>Correct data…</source>
        <translation>Correct data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open account…</source>
        <translation>Open account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the worker&apos;s Bank NTT savings account</source>
        <translation>Open the worker&apos;s Bank NTT savings account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ways to record a handover</source>
        <translation>Other ways to record a handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a handover made on paper…</source>
        <translation>Enter a handover made on paper…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a card handed over with a receipt signed by hand while no hub could be reached; a supervisor approves</source>
        <translation>For a card handed over with a receipt signed by hand while no hub could be reached; a supervisor approves</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the name, date of birth, phone or desa; a supervisor approves</source>
        <translation>Correct the name, date of birth, phone or desa; a supervisor approves</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Hide the full NIK</source>
        <translation>Hide the full NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the NIK partly hidden again</source>
        <translation>Show the NIK partly hidden again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the full NIK (recorded)</source>
        <translation>Show the full NIK (recorded)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the full NIK for %1 seconds, to compare it with the KTP. Showing it is recorded under your name.</source>
        <translation>Shows the full NIK for %1 seconds, to compare it with the KTP. Showing it is recorded under your name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Already handed over — see the details…</source>
        <translation>Already handed over — see the details…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hand over the card…</source>
        <translation>Hand over the card…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bank NTT: %1</source>
        <translation>Bank NTT: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print card…</source>
        <translation>Print card…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint card…</source>
        <translation>Reprint card…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the card, choose the printer and print it</source>
        <translation>See the card, choose the printer and print it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a new card that replaces the old one; a supervisor approves</source>
        <translation>Print a new card that replaces the old one; a supervisor approves</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The full NIK is shown for %1 seconds. Showing it is recorded under your name.</source>
        <translation>The full NIK is shown for %1 seconds. Showing it is recorded under your name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NIK is partly hidden to protect the worker&apos;s personal data.</source>
        <translation>The NIK is partly hidden to protect the worker&apos;s personal data.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Choose a worker from the list to see their registration here.</source>
        <translation>Choose a worker from the list to see their registration here.</translation>
    </message>
</context>
<context>
    <name>DoublesTable</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/report/report_tables.py" line="+198"/>
        <source>%n worker(s) with more than one valid handover: two sites recorded a handover each. A supervisor checks which one is right and voids the other.</source>
        <translation>
            <numerusform>%n worker(s) with more than one valid handover: two sites recorded a handover each. A supervisor checks which one is right and voids the other.</numerusform>
            <numerusform>%n worker(s) with more than one valid handover: two sites recorded a handover each. A supervisor checks which one is right and voids the other.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No worker has more than one valid handover.</source>
        <translation>No worker has more than one valid handover.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Worker (KPJ)</source>
        <translation>Worker (KPJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
</context>
<context>
    <name>EventProgressDialog</name>
    <message>
        <location filename="../../kiosk/ui/progress/progress_dialog.py" line="+266"/>
        <source>Save the BAST</source>
        <translation>Save the BAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the BAST…</source>
        <translation>Making the BAST…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n handover(s)</source>
        <translation>
            <numerusform>%n handover</numerusform>
            <numerusform>%n handovers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAST saved: %1 (%2, %3)</source>
        <translation>BAST saved: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The BAST could not be made: %1</source>
        <translation>The BAST could not be made: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no handover event is set up on this kiosk.</source>
        <translation>no handover event is set up on this kiosk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a handover record cannot be printed as it is. Call a supervisor.</source>
        <translation>a handover record cannot be printed as it is. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be written (%1).</source>
        <translation>the file could not be written (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kiosk met an error (%1). Call a supervisor.</source>
        <translation>the kiosk met an error (%1). Call a supervisor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No card has been handed over yet.</source>
        <translation>No card has been handed over yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>Event progress</source>
        <translation>Event progress</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards printed</source>
        <translation>Cards printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kecamatan, most remaining first</source>
        <translation>By kecamatan, most remaining first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make BAST…</source>
        <translation>Make BAST…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event progress: %1</source>
        <translation>Event progress: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the numbers…</source>
        <translation>Reading the numbers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area: the whole registry</source>
        <translation>Area: the whole registry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank NTT accounts: %1 opened, %2 activated</source>
        <translation>Bank NTT accounts: %1 opened, %2 activated</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1% handed over</source>
        <translation>%1% handed over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desa of %1</source>
        <translation>Desa of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The numbers could not be read just now; trying again.</source>
        <translation>The numbers could not be read just now; trying again.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kiosk/ui/signin/first_run_dialog.py" line="+128"/>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome: create the first administrator</source>
        <translation>Welcome: create the first administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can use this kiosk yet. The first administrator signs in next and adds the other operators: desk staff, printing operators, tellers and supervisors. Keep the PIN secret: everything done with it is recorded under this name.</source>
        <translation>Nobody can use this kiosk yet. The first administrator signs in next and adds the other operators: desk staff, printing operators, tellers and supervisors. Keep the PIN secret: everything done with it is recorded under this name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event&apos;s hub…</source>
        <translation>Join the event&apos;s hub…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desk at an event: its operators are on the hub, scan its join code</source>
        <translation>A desk at an event: its operators are on the hub, scan its join code</translation>
    </message>
</context>
<context>
    <name>FreshnessStrip</name>
    <message>
        <location filename="../../kiosk/ui/report/report_tables.py" line="-368"/>
        <source>data from %1: nothing received yet</source>
        <translation>data from %1: nothing received yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data from %1 up to %2</source>
        <translation>data from %1 up to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this database)</source>
        <translation>%1 (this database)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../kiosk/ui/handover/handover_dialog.py" line="+373"/>
        <source>Printing the card…</source>
        <translation>Printing the card…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Recording the handover…</source>
        <translation>Recording the handover…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Printing the tanda terima…</source>
        <translation>Printing the tanda terima…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The tanda terima could not be printed. Call a supervisor.</source>
        <translation>The tanda terima could not be printed. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The kiosk met an error; nothing was recorded. Call a supervisor.</source>
        <translation>The kiosk met an error; nothing was recorded. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>✓ Identity checked</source>
        <translation>✓ Identity checked</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Looking for the worker&apos;s card…</source>
        <translation>Looking for the worker&apos;s card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Card %1 is this worker&apos;s card.</source>
        <translation>✓ Card %1 is this worker&apos;s card.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This worker has no card yet; the printing desk prints it.</source>
        <translation>This worker has no card yet; the printing desk prints it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card was handed over already.</source>
        <translation>This card was handed over already.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Activate Bank NTT account %1: the worker agrees that this signature is the bank&apos;s specimen</source>
        <translation>Activate Bank NTT account %1: the worker agrees that this signature is the bank&apos;s specimen</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>This worker&apos;s card was handed over already.</source>
        <translation>This worker&apos;s card was handed over already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 WITA</source>
        <translation>%1 at %2 WITA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk (device)</source>
        <translation>Desk (device)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card checked by</source>
        <translation>Card checked by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>(The connection to the hub broke while it was being recorded; it was recorded, once.)</source>
        <translation>(The connection to the hub broke while it was being recorded; it was recorded, once.)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hub unreachable: this handover is NOT recorded. Check the network cable or Wi-Fi, then press the button again; it is never recorded twice.</source>
        <translation>Hub unreachable: this handover is NOT recorded. Check the network cable or Wi-Fi, then press the button again; it is never recorded twice.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The card was saved as a PDF, not printed: print it, then scan its QR code or type its serial.</source>
        <translation>The card was saved as a PDF, not printed: print it, then scan its QR code or type its serial.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This worker has no card yet. Print it now (it goes to %1).</source>
        <translation>This worker has no card yet. Print it now (it goes to %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This worker has no card yet. Print it now.</source>
        <translation>This worker has no card yet. Print it now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan the QR code on the card. No scanner: type the serial printed on the card.</source>
        <translation>Scan the QR code on the card. No scanner: type the serial printed on the card.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>3. The worker signs</source>
        <translation>3. The worker signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Thumbprint on the form; the witness signs</source>
        <translation>3. Thumbprint on the form; the witness signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. The representative signs</source>
        <translation>3. The representative signs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand over the card</source>
        <translation>Hand over the card</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Village, district</source>
        <translation>Village, district</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Compare the identity document with these data</source>
        <translation>1. Compare the identity document with these data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family card (KK)</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity matches</source>
        <translation>Identity matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. The card</source>
        <translation>2. The card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the card&apos;s QR code here</source>
        <translation>Scan the card&apos;s QR code here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scanner:</source>
        <translation>No scanner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial printed on the card (the last 4 characters or more)</source>
        <translation>Serial printed on the card (the last 4 characters or more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the serial</source>
        <translation>Check the serial</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: next worker</source>
        <translation>Done: next worker</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Print the card now</source>
        <translation>Print the card now</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+392"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location line="-387"/>
        <location line="+388"/>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their NIK</source>
        <translation>Their NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passbook handed over</source>
        <translation>Passbook handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATM card handed over</source>
        <translation>ATM card handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the handover</source>
        <translation>Confirm the handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../kiosk/ui/hub/hub_dialog.py" line="+211"/>
        <source>Making the hub: its database, certificate and password. This takes a minute or two…</source>
        <translation>Making the hub: its database, certificate and password. This takes a minute or two…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the hub…</source>
        <translation>Starting the hub…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+125"/>
        <source>Stop the hub</source>
        <translation>Stop the hub</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Every desk of the event stops working until the hub is started again. Stop the hub now?</source>
        <translation>Every desk of the event stops working until the hub is started again. Stop the hub now?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping the hub…</source>
        <translation>Stopping the hub…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Make this laptop the hub</source>
        <translation>Make this laptop the hub</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The old hub must stay switched off from now on: two hubs would split the event into two registries. Do this only when the hub laptop is dead or unplugged from the network, and keep it off.</source>
        <translation>The old hub must stay switched off from now on: two hubs would split the event into two registries. Do this only when the hub laptop is dead or unplugged from the network, and keep it off.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The desks reconnect to this laptop by themselves.</source>
        <translation>The desks reconnect to this laptop by themselves.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making this laptop the hub…</source>
        <translation>Making this laptop the hub…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The join code is copied.</source>
        <translation>The join code is copied.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>That did not work (%1: %2). The hub&apos;s log is in its folder (data/log).</source>
        <translation>That did not work (%1: %2). The hub&apos;s log is in its folder (data/log).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The event&apos;s hub</source>
        <translation>The event&apos;s hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s hub on this laptop</source>
        <translation>The event&apos;s hub on this laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desks connected</source>
        <translation>Desks connected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers today</source>
        <translation>Handovers today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code: scan it at each desk (Join the event&apos;s hub)</source>
        <translation>Join code: scan it at each desk (Join the event&apos;s hub)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code holds the hub&apos;s password: show it to the event&apos;s desk staff only.</source>
        <translation>The code holds the hub&apos;s password: show it to the event&apos;s desk staff only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this laptop the hub (promote)</source>
        <translation>Make this laptop the hub (promote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create and start the hub</source>
        <translation>Create and start the hub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the hub</source>
        <translation>Start the hub</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking at this laptop&apos;s hub…</source>
        <translation>Looking at this laptop&apos;s hub…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no hub on this laptop yet. Create it on the laptop at the organisers&apos; table: the desks then join it with its join code.</source>
        <translation>There is no hub on this laptop yet. Create it on the laptop at the organisers&apos; table: the desks then join it with its join code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped: the desks cannot work on it now.</source>
        <translation>Stopped: the desks cannot work on it now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is the hub&apos;s standby: every handover is kept here too. If the hub laptop dies, make this laptop the hub.</source>
        <translation>This laptop is the hub&apos;s standby: every handover is kept here too. If the hub laptop dies, make this laptop the hub.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub is running: desks can join and work.</source>
        <translation>The hub is running: desks can join and work.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 GB of %2 GB</source>
        <translation>%1 GB of %2 GB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop, %1 s behind the hub</source>
        <translation>This laptop, %1 s behind the hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: a handover is confirmed only once it is on both laptops</source>
        <translation>Connected: a handover is confirmed only once it is on both laptops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected, catching up with the hub</source>
        <translation>Connected, catching up with the hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT connected: the hub carries on alone</source>
        <translation>NOT connected: the hub carries on alone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None. A second laptop becomes the standby with: kiosk hub standby CODE</source>
        <translation>None. A second laptop becomes the standby with: kiosk hub standby CODE</translation>
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
        <translation>The event&apos;s hub this desk works on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub unreachable — retrying</source>
        <translation>Hub unreachable — retrying</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event runs without a standby</source>
        <translation>The event runs without a standby</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kiosk/ui/admin/import_dialog.py" line="+241"/>
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
        <location line="+9"/>
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
        <location line="+23"/>
        <source>The rejected rows, with the reasons, are saved in the list&apos;s folder, in %1. Correct them there and import that file.</source>
        <translation>The rejected rows, with the reasons, are saved in the list&apos;s folder, in %1. Correct them there and import that file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows that differ from corrections made at the desk are listed in the list&apos;s folder, in %1; the corrections are kept until a supervisor decides.</source>
        <translation>Rows that differ from corrections made at the desk are listed in the list&apos;s folder, in %1; the corrections are kept until a supervisor decides.</translation>
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
        <source>{name} is damaged, or is not a real Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV.</source>
        <translation>{name} is damaged, or is not a real Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it again as .xlsx, or save it as CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has no workers in it.</source>
        <translation>{name} has no workers in it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was not imported: this site is linked to the province&apos;s centre, which sends it its kabupaten&apos;s workers. Registration lists are imported at the centre.</source>
        <translation>{name} was not imported: this site is linked to the province&apos;s centre, which sends it its kabupaten&apos;s workers. Registration lists are imported at the centre.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="-195"/>
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
    <message>
        <location line="+4"/>
        <source>the list has {listed}, but a correction made at the desk says {corrected}: the correction is kept until a supervisor decides</source>
        <translation>the list has {listed}, but a correction made at the desk says {corrected}: the correction is kept until a supervisor decides</translation>
    </message>
</context>
<context>
    <name>ImportRejects</name>
    <message>
        <location line="+91"/>
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
    <name>JobsModel</name>
    <message>
        <location filename="../../kiosk/ui/printing/print_jobs_dialog.py" line="+77"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card serial</source>
        <translation>Card serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending or interrupted</source>
        <translation>Sending or interrupted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../kiosk/ui/hub/join_dialog.py" line="+108"/>
        <source>Scan the join code first, or paste it.</source>
        <translation>Scan the join code first, or paste it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: this kiosk is now a desk of the hub at %1. Close the kiosk and start it again: it then works on the hub&apos;s registry, and its operators sign in there.</source>
        <translation>Done: this kiosk is now a desk of the hub at %1. Close the kiosk and start it again: it then works on the hub&apos;s registry, and its operators sign in there.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Joining failed for a technical reason (%1). Nothing was changed: try again, or ask the organisers.</source>
        <translation>Joining failed for a technical reason (%1). Nothing was changed: try again, or ask the organisers.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Join the event&apos;s hub</source>
        <translation>Join the event&apos;s hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every desk at the event works on one registry, on the hub laptop at the organisers&apos; table. Ask there for the join code: scan its QR code with the barcode scanner, or paste the code (one line beginning with KIOSKHUB1:). This laptop must be on the event&apos;s network.</source>
        <translation>Every desk at the event works on one registry, on the hub laptop at the organisers&apos; table. Ask there for the join code: scan its QR code with the barcode scanner, or paste the code (one line beginning with KIOSKHUB1:). This laptop must be on the event&apos;s network.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join code</source>
        <translation>&amp;Join code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or paste the join code here</source>
        <translation>Scan or paste the join code here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the hub</source>
        <translation>Join the hub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <location filename="../../kiosk/ui/shell/kiosk_mode.py" line="+63"/>
        <source>Close the kiosk?</source>
        <translation>Close the kiosk?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk runs in kiosk mode. A supervisor or an administrator types their username and PIN to close it; closing is recorded under their name.</source>
        <translation>The kiosk runs in kiosk mode. A supervisor or an administrator types their username and PIN to close it; closing is recorded under their name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor or an administrator can close the kiosk.</source>
        <translation>Only a supervisor or an administrator can close the kiosk.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../kiosk/ui/signin/sign_in_page.py" line="+188"/>
        <source>Only %1 or a supervisor can unlock this screen.</source>
        <translation>Only %1 or a supervisor can unlock this screen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as another operator</source>
        <translation>Sign in as another operator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In use by %1 (%2). Type your PIN to go on; a supervisor can unlock it too.</source>
        <translation>In use by %1 (%2). Type your PIN to go on; a supervisor can unlock it too.</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../kiosk/ui/lookup/lookup_page.py" line="+260"/>
        <source>The registry could not be read. Try again.</source>
        <translation>The registry could not be read. Try again.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>↓ go to the list   ·   Enter open   ·   Esc clear and start again</source>
        <translation>↓ go to the list   ·   Enter open   ·   Esc clear and start again</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/shell/main_window.py" line="+341"/>
        <source>The administrator is created. Sign in with the new PIN.</source>
        <translation>The administrator is created. Sign in with the new PIN.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This desk today: %1  ·  Event: %2</source>
        <translation>This desk today: %1  ·  Event: %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The audit trail is broken from event #{seq}: call a supervisor</source>
        <translation>The audit trail is broken from event #{seq}: call a supervisor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>BPJS Ketenagakerjaan card handover</source>
        <translation>BPJS Ketenagakerjaan card handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a worker</source>
        <translation>Find a worker</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Event progress…</source>
        <translation>Event progress…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered, printed, handed over and remaining, by desa; and the BAST</source>
        <translation>Registered, printed, handed over and remaining, by desa; and the BAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme&apos;s report: progress per kabupaten, handovers, reconciliation</source>
        <translation>The programme&apos;s report: progress per kabupaten, handovers, reconciliation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print jobs, and printing a whole desa at once</source>
        <translation>Print jobs, and printing a whole desa at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print jobs…</source>
        <translation>Print jobs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a batch of cards…</source>
        <translation>Print a batch of cards…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event hub</source>
        <translation>Event hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event&apos;s hub on this laptop, or joining one</source>
        <translation>The event&apos;s hub on this laptop, or joining one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event hub on this laptop…</source>
        <translation>Event hub on this laptop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the event&apos;s hub…</source>
        <translation>Join the event&apos;s hub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify card…</source>
        <translation>Verify card…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a card&apos;s QR code is genuine</source>
        <translation>Check whether a card&apos;s QR code is genuine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators…</source>
        <translation>Operators…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add operators, or unlock a locked one</source>
        <translation>Add operators, or unlock a locked one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the kiosk…</source>
        <translation>Close the kiosk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is signed in</source>
        <translation>Nobody is signed in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
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
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <location filename="../../kiosk/ui/signin/operator_form.py" line="+139"/>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN or password</source>
        <translation>&amp;PIN or password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. yohana.ndapa</source>
        <translation>e.g. yohana.ndapa</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../kiosk/ui/signin/operators_dialog.py" line="+191"/>
        <source>%1 is added.</source>
        <translation>%1 is added.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators of this kiosk</source>
        <translation>Operators of this kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an operator</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let an operator locked by wrong PINs sign in again</source>
        <translation>Let an operator locked by wrong PINs sign in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OperatorsModel</name>
    <message>
        <location filename="../../kiosk/ui/signin/operators_model.py" line="+48"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked until %1 WITA</source>
        <translation>Locked until %1 WITA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>PaperHandoverDialog</name>
    <message>
        <location filename="../../kiosk/ui/handover/paper_dialog.py" line="+54"/>
        <source>Handover on paper recorded: %1, card %2, %3 WITA.</source>
        <translation>Handover on paper recorded: %1, card %2, %3 WITA.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the scan of the receipt</source>
        <translation>Choose the scan of the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.png *.PDF *.PNG)</source>
        <translation>Scans (*.pdf *.png *.PDF *.PNG)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the card&apos;s serial, as on the receipt.</source>
        <translation>Type the card&apos;s serial, as on the receipt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the scan of the receipt signed by hand.</source>
        <translation>Choose the scan of the receipt signed by hand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A supervisor approves this paper handover</source>
        <translation>A supervisor approves this paper handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A handover on paper to %1 will be recorded. A supervisor (not you) types their username and PIN to approve; both names are recorded.</source>
        <translation>A handover on paper to %1 will be recorded. A supervisor (not you) types their username and PIN to approve; both names are recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor other than you can approve this.</source>
        <translation>Only a supervisor other than you can approve this.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot read the scan %1.</source>
        <translation>Cannot read the scan %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter a handover made on paper</source>
        <translation>Enter a handover made on paper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover on paper to %1</source>
        <translation>Handover on paper to %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a card handed over with a receipt signed by hand while no hub could be reached. Copy the serial and the time from the receipt and choose its scan. A supervisor approves.</source>
        <translation>For a card handed over with a receipt signed by hand while no hub could be reached. Copy the serial and the time from the receipt and choose its scan. A supervisor approves.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card &amp;serial (or its last 4 characters)</source>
        <translation>Card &amp;serial (or its last 4 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date and time on the receipt</source>
        <translation>&amp;Date and time on the receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity &amp;document</source>
        <translation>Identity &amp;document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;can (PDF or PNG)</source>
        <translation>S&amp;can (PDF or PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KTP</source>
        <translation>KTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family card (KK)</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose scan…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor…</source>
        <translation>Ask a supervisor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/print_dialog.py" line="+279"/>
        <source>The preview cannot be shown.</source>
        <translation>The preview cannot be shown.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A supervisor approves the reprint</source>
        <translation>A supervisor approves the reprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new card for %1 replaces the old one, which stops being valid. Reason: %2.</source>
        <translation>A new card for %1 replaces the old one, which stops being valid. Reason: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sending the card to the printer…</source>
        <translation>Sending the card to the printer…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The job is kept: Retry sends it again, or type another printer&apos;s address.</source>
        <translation>The job is kept: Retry sends it again, or type another printer&apos;s address.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The card could not be printed: the kiosk met an error. Call a supervisor.</source>
        <translation>The card could not be printed: the kiosk met an error. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reprint the card of %1</source>
        <translation>Reprint the card of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the card of %1</source>
        <translation>Print the card of %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print card</source>
        <translation>Print card</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview. The QR code and the serial number are made when the card is printed.</source>
        <translation>Preview. The QR code and the serial number are made when the card is printed.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Print on</source>
        <translation>Print on</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Card %1 is made.</source>
        <translation>Card %1 is made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tanda terima of card %1 is made.</source>
        <translation>The tanda terima of card %1 is made.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The tanda terima is saved as a PDF file in this folder, not printed.</source>
        <translation>The tanda terima is saved as a PDF file in this folder, not printed.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The card is saved as a PDF file in this folder, not printed.</source>
        <translation>The card is saved as a PDF file in this folder, not printed.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Card printer: none is set up</source>
        <translation>Card printer: none is set up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printer: none is set up</source>
        <translation>Receipt printer: none is set up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why a new card?</source>
        <translation>Why a new card?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or send it to another printer:</source>
        <translation>Or send it to another printer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send there</source>
        <translation>Send there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card %1 as it was made.</source>
        <translation>The card %1 as it was made.</translation>
    </message>
</context>
<context>
    <name>PrintJobsDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/print_jobs_dialog.py" line="+168"/>
        <source>The print jobs cannot be read. Call a supervisor.</source>
        <translation>The print jobs cannot be read. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sending the card to the printer…</source>
        <translation>Sending the card to the printer…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The job could not be sent: the kiosk met an error. Call a supervisor.</source>
        <translation>The job could not be sent: the kiosk met an error. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A supervisor confirms that the job printed</source>
        <translation>A supervisor confirms that the job printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job of %1 (card %2) was being sent to %3 when the kiosk stopped. Approve only if it came out of the printer: it is then recorded as printed.</source>
        <translation>The job of %1 (card %2) was being sent to %3 when the kiosk stopped. Approve only if it came out of the printer: it is then recorded as printed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor confirms that the job did not print</source>
        <translation>A supervisor confirms that the job did not print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job of %1 (card %2) was being sent to %3 when the kiosk stopped. Approve only if nothing came out and nothing waits in the printer: the job can then be retried. If it did print, a second card would be made.</source>
        <translation>The job of %1 (card %2) was being sent to %3 when the kiosk stopped. Approve only if nothing came out and nothing waits in the printer: the job can then be retried. If it did print, a second card would be made.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recording what became of the job…</source>
        <translation>Recording what became of the job…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The job is recorded as printed.</source>
        <translation>The job is recorded as printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job is recorded as not printed: it can be retried now.</source>
        <translation>The job is recorded as not printed: it can be retried now.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This job was settled already; the list shows it as it is now.</source>
        <translation>This job was settled already; the list shows it as it is now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job could not be settled: the kiosk met an error. Call a supervisor.</source>
        <translation>The job could not be settled: the kiosk met an error. Call a supervisor.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Print jobs</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only jobs to look at</source>
        <translation>Only jobs to look at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed jobs, and jobs that were being sent when the kiosk stopped</source>
        <translation>Failed jobs, and jobs that were being sent when the kiosk stopped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the printer: did this job print?</source>
        <translation>Check the printer: did this job print?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It printed</source>
        <translation>It printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It did not print</source>
        <translation>It did not print</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>The job of %1, card %2, went through.</source>
        <translation>The job of %1, card %2, went through.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job of %1, tanda terima of card %2, went through.</source>
        <translation>The job of %1, tanda terima of card %2, went through.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to this printer</source>
        <translation>Send to this printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kiosk/ui/admin/problems_model.py" line="+51"/>
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
        <location line="+9"/>
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
    <name>ProgressChart</name>
    <message>
        <location filename="../../kiosk/ui/report/charts.py" line="-98"/>
        <source>%1 (no target)</source>
        <translation>%1 (no target)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2% handed over</source>
        <translation>%1 · %2% handed over</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards printed</source>
        <translation>Cards printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards handed over</source>
        <translation>Cards handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts opened</source>
        <translation>Accounts opened</translation>
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
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(kecamatan not given)</source>
        <translation>(kecamatan not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(desa not given)</source>
        <translation>(desa not given)</translation>
    </message>
</context>
<context>
    <name>ReconciliationTables</name>
    <message>
        <location filename="../../kiosk/ui/report/report_tables.py" line="+202"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting at a site</source>
        <translation>Waiting at a site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoiled/replaced</source>
        <translation>Spoiled/replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the bank</source>
        <translation>Waiting for the bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed (to be checked)</source>
        <translation>Failed (to be checked)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printed = handed over + waiting + spoiled/replaced + voided: every card is accounted for.</source>
        <translation>Printed = handed over + waiting + spoiled/replaced + voided: every card is accounted for.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 card(s) not accounted for: call a supervisor.</source>
        <translation>%1 card(s) not accounted for: call a supervisor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed application(s): a person must look at them.</source>
        <translation>%1 failed application(s): a person must look at them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every application is opened, waiting or rejected.</source>
        <translation>Every application is opened, waiting or rejected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applications do not add up: call a supervisor.</source>
        <translation>The applications do not add up: call a supervisor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Card reconciliation</source>
        <translation>Card reconciliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account applications</source>
        <translation>Account applications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../kiosk/ui/report/report_dialog.py" line="+311"/>
        <source>The period ends before it starts: check the dates.</source>
        <translation>The period ends before it starts: check the dates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the kiosk met an error (%1). Try again, or call a supervisor.</source>
        <translation>the kiosk met an error (%1). Try again, or call a supervisor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made %1 WITA</source>
        <translation>made %1 WITA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1, %2% handed over</source>
        <translation>target %1, %2% handed over</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no target set</source>
        <translation>no target set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 registered · %3 cards printed · %4 cards handed over · %5 accounts opened · %6</source>
        <translation>%1: %2 registered · %3 cards printed · %4 cards handed over · %5 accounts opened · %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 handovers in %2 days, from %3 to %4; the most on %5: %6.</source>
        <translation>%1 handovers in %2 days, from %3 to %4; the most on %5: %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No handovers in this report&apos;s period.</source>
        <translation>No handovers in this report&apos;s period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Double handovers</source>
        <translation>Double handovers</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+109"/>
        <source>All of NTT</source>
        <translation>All of NTT</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the report as Excel</source>
        <translation>Save the report as Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be written (%1).</source>
        <translation>the file could not be written (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kiosk met an error (%1). Call a supervisor.</source>
        <translation>the kiosk met an error (%1). Call a supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer has no program to open the file. Copy it to a computer that has one.</source>
        <translation>This computer has no program to open the file. Copy it to a computer that has one.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Programme report</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kabupaten/kota:</source>
        <translation>&amp;Kabupaten/kota:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress per kabupaten</source>
        <translation>Progress per kabupaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers per day</source>
        <translation>Handovers per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per desk per hour</source>
        <translation>Per desk per hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
</context>
<context>
    <name>ReportHomePage</name>
    <message>
        <location filename="../../kiosk/ui/shell/report_home.py" line="+54"/>
        <source>Programme report</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered, printed, handed over and accounts opened, per kabupaten against its target; handovers per day and per desk; every card accounted for. Counts only: no worker&apos;s name or NIK.</source>
        <translation>Registered, printed, handed over and accounts opened, per kabupaten against its target; handovers per day and per desk; every card accounted for. Counts only: no worker&apos;s name or NIK.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the report…</source>
        <translation>Open the report…</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../kiosk/ui/lookup/results_model.py" line="+51"/>
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
        <location filename="../../kiosk/ui/lookup/search_panel.py" line="+225"/>
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
    <name>SignInPage</name>
    <message>
        <location filename="../../kiosk/ui/signin/sign_in_page.py" line="-89"/>
        <location line="+11"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Create the first administrator…</source>
        <translation>Create the first administrator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk has no operators yet. Create the first administrator: they then add the desk staff, tellers and supervisors.</source>
        <translation>This kiosk has no operators yet. Create the first administrator: they then add the desk staff, tellers and supervisors.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in with your own username and PIN. Everything you do is recorded under your name.</source>
        <translation>Sign in with your own username and PIN. Everything you do is recorded under your name.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../kiosk/ui/common/signature_pad.py" line="+310"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Please sign: the pad is empty.</source>
        <translation>Please sign: the pad is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is too small: sign with your usual signature.</source>
        <translation>The signature is too small: sign with your usual signature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A straight line is not a signature: please sign with your usual signature.</source>
        <translation>A straight line is not a signature: please sign with your usual signature.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-73"/>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../kiosk/ui/printing/verify_dialog.py" line="+335"/>
        <source>Waiting for a card</source>
        <translation>Waiting for a card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENUINE — active card</source>
        <translation>GENUINE — active card</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GENUINE, but REPLACED by a newer card</source>
        <translation>GENUINE, but REPLACED by a newer card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENUINE, but VOIDED</source>
        <translation>GENUINE, but VOIDED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GENUINE, but not issued at this kiosk</source>
        <translation>GENUINE, but not issued at this kiosk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCAN AGAIN</source>
        <translation>SCAN AGAIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCAN THE QR CODE</source>
        <translation>SCAN THE QR CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT GENUINE</source>
        <translation>NOT GENUINE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card could not be checked</source>
        <translation>The card could not be checked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold the card&apos;s QR code under the scanner.</source>
        <translation>Hold the card&apos;s QR code under the scanner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the worker&apos;s valid card.</source>
        <translation>This is the worker&apos;s valid card.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the card&apos;s serial number, not its QR code. Scan the QR code on the card.</source>
        <translation>This is the card&apos;s serial number, not its QR code. Scan the QR code on the card.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a QR code. Scan the QR code on the card.</source>
        <translation>This is not a QR code. Scan the QR code on the card.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kiosk&apos;s card keys cannot be read (%1). Call a supervisor.</source>
        <translation>The kiosk&apos;s card keys cannot be read (%1). Call a supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card is no longer valid: the worker was given a newer card. Ask for the newest card.</source>
        <translation>This card is no longer valid: the worker was given a newer card. Ask for the newest card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card was voided and is no longer valid.</source>
        <translation>This card was voided and is no longer valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card is signed with a trusted key, but this kiosk has no record of it.</source>
        <translation>The card is signed with a trusted key, but this kiosk has no record of it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The worker is not in this registry.</source>
        <translation>The worker is not in this registry.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a card&apos;s QR code.</source>
        <translation>This is not a card&apos;s QR code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is cut short. Scan the card again, holding it still.</source>
        <translation>The text is cut short. Scan the card again, holding it still.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card format this kiosk does not read.</source>
        <translation>A card format this kiosk does not read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by a key this kiosk does not trust.</source>
        <translation>Signed by a key this kiosk does not trust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature does not match: the card has been altered.</source>
        <translation>The signature does not match: the card has been altered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is damaged or altered.</source>
        <translation>The text is damaged or altered.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Verify a card</source>
        <translation>Verify a card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the QR code on the card. Pasted text is checked at once; typed text when you press Enter.</source>
        <translation>Scan the QR code on the card. Pasted text is checked at once; typed text when you press Enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan or paste the card&apos;s QR code</source>
        <translation>Scan or paste the card&apos;s QR code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card serial</source>
        <translation>Card serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
</context>
<context>
    <name>bank</name>
    <message>
        <location filename="../../kiosk/texts/bank.py" line="+17"/>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up to Rp1 million</source>
        <translation>Up to Rp1 million</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rp1–3 million</source>
        <translation>Rp1–3 million</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rp3–5 million</source>
        <translation>Rp3–5 million</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above Rp5 million</source>
        <translation>Above Rp5 million</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source of funds</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly income</source>
        <translation>Average monthly income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the account</source>
        <translation>Purpose of the account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen signature</source>
        <translation>Specimen signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is required.</source>
        <translation>this is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a phone number; write it starting with 08, 10 to 13 digits.</source>
        <translation>this is not a phone number; write it starting with 08, 10 to 13 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the NIK in the registry does not fit the date of birth or the sex: correct the worker&apos;s data first.</source>
        <translation>the NIK in the registry does not fit the date of birth or the sex: correct the worker&apos;s data first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read the consent to the worker and tick the box when they agree.</source>
        <translation>read the consent to the worker and tick the box when they agree.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the worker signs on the pad.</source>
        <translation>the worker signs on the pad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a signature: the worker signs with their usual signature.</source>
        <translation>this is not a signature: the worker signs with their usual signature.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no handover signature is on record: the worker signs on the pad.</source>
        <translation>no handover signature is on record: the worker signs on the pad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this worker has a Bank NTT account already.</source>
        <translation>this worker has a Bank NTT account already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an application for this worker is on its way to the bank already.</source>
        <translation>an application for this worker is on its way to the bank already.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To fill in: %1.</source>
        <translation>To fill in: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The bank&apos;s population check does not know this NIK: compare it with the KTP. If the KTP agrees, the worker asks at the Dukcapil office.</source>
        <translation>The bank&apos;s population check does not know this NIK: compare it with the KTP. If the KTP agrees, the worker asks at the Dukcapil office.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name or date of birth does not match the population records: check the KTP and correct the data.</source>
        <translation>The name or date of birth does not match the population records: check the KTP and correct the data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The worker has a basic savings account at Bank NTT already: the bank&apos;s desk looks it up with the KTP.</source>
        <translation>The worker has a basic savings account at Bank NTT already: the bank&apos;s desk looks it up with the KTP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bank refused the phone number: check it with the worker.</source>
        <translation>The bank refused the phone number: check it with the worker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The worker is too young for an account of their own: the bank&apos;s desk advises.</source>
        <translation>The worker is too young for an account of their own: the bank&apos;s desk advises.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bank found a required field missing: complete the form.</source>
        <translation>The bank found a required field missing: complete the form.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bank refused the application (code %1): ask the bank&apos;s desk.</source>
        <translation>The bank refused the application (code %1): ask the bank&apos;s desk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No account yet</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application %1 waits for the bank&apos;s answer</source>
        <translation>Application %1 waits for the bank&apos;s answer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(tried %1 times; the last time: %2)</source>
        <translation>(tried %1 times; the last time: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bank did not take application %1 (%2): a supervisor checks the bank connection; then apply again.</source>
        <translation>The bank did not take application %1 (%2): a supervisor checks the bank connection; then apply again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 opened</source>
        <translation>Account %1 opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-opened by the bank: %1 — activate at handover</source>
        <translation>Pre-opened by the bank: %1 — activate at handover</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active: %1</source>
        <translation>Active: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank refused application %1: %2</source>
        <translation>The bank refused application %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has no nik, account_number and status columns: is it the bank&apos;s result file?</source>
        <translation>The file has no nik, account_number and status columns: is it the bank&apos;s result file?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The NIK is not a valid NIK.</source>
        <translation>The NIK is not a valid NIK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No worker in the registry has this NIK.</source>
        <translation>No worker in the registry has this NIK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account number is not valid.</source>
        <translation>The account number is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status is neither opened nor rejected: ask the bank what it means.</source>
        <translation>The status is neither opened nor rejected: ask the bank what it means.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account number belongs to another worker here: ask the bank.</source>
        <translation>This account number belongs to another worker here: ask the bank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The worker has a different account already: ask the bank which is right.</source>
        <translation>The worker has a different account already: ask the bank which is right.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same NIK is on an earlier line; this line was not used.</source>
        <translation>The same NIK is on an earlier line; this line was not used.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected, but the worker has no application waiting for an answer.</source>
        <translation>Rejected, but the worker has no application waiting for an answer.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../kiosk/cli/registry.py" line="+104"/>
        <source>Creating demo workers: {done} / {total}</source>
        <translation>Creating demo workers: {done} / {total}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The registry already has {count} workers; use --replace to start over.</source>
        <translation>The registry already has {count} workers; use --replace to start over.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+50"/>
        <source>The registry already has {count} workers; nothing created.</source>
        <translation>The registry already has {count} workers; nothing created.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).</source>
        <translation>Created {workers} demo workers in {desa} desa of {kecamatan} kecamatan (seed {seed}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of them received their card at the demo event.</source>
        <translation>{count} of them received their card at the demo event.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="+147"/>
        <source>PIN of the approving supervisor {name}: </source>
        <translation>PIN of the approving supervisor {name}: </translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/registry.py" line="+19"/>
        <location line="+31"/>
        <source>No region named &apos;{name}&apos;.</source>
        <translation>No region named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>{n} workers written to {path}.</source>
        <translation>{n} workers written to {path}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/cards.py" line="+74"/>
        <location filename="../../kiosk/cli/printing.py" line="+104"/>
        <source>The card-signing key {path} cannot be used: {problem}</source>
        <translation>The card-signing key {path} cannot be used: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A reprint needs --reason and --approver.</source>
        <translation>A reprint needs --reason and --approver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--reason and --approver go with --reprint.</source>
        <translation>--reason and --approver go with --reprint.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="+317"/>
        <location filename="../../kiosk/cli/cards.py" line="+25"/>
        <location filename="../../kiosk/cli/printing.py" line="+36"/>
        <source>No worker has the KPJ number {kpj}.</source>
        <translation>No worker has the KPJ number {kpj}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/cards.py" line="+4"/>
        <source>This worker already has an active card, {serial}; a new one is a reprint.</source>
        <translation>This worker already has an active card, {serial}; a new one is a reprint.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This worker has no active card to replace; issue one without --reprint.</source>
        <translation>This worker has no active card to replace; issue one without --reprint.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Card {serial} for {name} written to {path}.</source>
        <translation>Card {serial} for {name} written to {path}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>NOT GENUINE: {reason}</source>
        <translation>NOT GENUINE: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GENUINE</source>
        <translation>GENUINE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer card</source>
        <translation>replaced by a newer card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not issued at this kiosk</source>
        <translation>not issued at this kiosk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card status: {status}</source>
        <translation>Card status: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial: {serial}</source>
        <translation>Serial: {serial}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The worker is not in this registry.</source>
        <translation>The worker is not in this registry.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a card&apos;s QR code.</source>
        <translation>this is not a card&apos;s QR code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is cut short; scan it again.</source>
        <translation>the text is cut short; scan it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a card format this kiosk does not read.</source>
        <translation>a card format this kiosk does not read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by a key this kiosk does not trust.</source>
        <translation>signed by a key this kiosk does not trust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match: the card has been altered.</source>
        <translation>the signature does not match: the card has been altered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is damaged or altered.</source>
        <translation>the text is damaged or altered.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Public key written to {path}.</source>
        <translation>Public key written to {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is not a public key: {problem}</source>
        <translation>{path} is not a public key: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another key with this key id is trusted already: that site must make a new key.</source>
        <translation>Another key with this key id is trusted already: that site must make a new key.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key {key_id} is trusted now ({path}).</source>
        <translation>Key {key_id} is trusted now ({path}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key {key_id} was trusted already ({path}).</source>
        <translation>Key {key_id} was trusted already ({path}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/registry.py" line="+18"/>
        <source>&apos;{name}&apos; names several regions; give the kecamatan too, or a code.</source>
        <translation>&apos;{name}&apos; names several regions; give the kecamatan too, or a code.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../kiosk/cli/importing.py" line="+37"/>
        <source>Importing: {done} of about {total} rows</source>
        <translation>Importing: {done} of about {total} rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing: {done} rows</source>
        <translation>Importing: {done} rows</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+4"/>
        <source>Rejected rows, with reasons: {path}</source>
        <translation>Rejected rows, with reasons: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows that differ from corrections, for a supervisor: {path}</source>
        <translation>Rows that differ from corrections, for a supervisor: {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="-220"/>
        <source>A username is 2 to 40 small letters, digits, dots or dashes, starting with a letter.</source>
        <translation>A username is 2 to 40 small letters, digits, dots or dashes, starting with a letter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That username is taken.</source>
        <translation>That username is taken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full name is missing.</source>
        <translation>The full name is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN is too easy to guess (like 111111 or 123456).</source>
        <translation>The PIN is too easy to guess (like 111111 or 123456).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has at least 6 digits; a password at least 8 characters.</source>
        <translation>A PIN has at least 6 digits; a password at least 8 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are operators already.</source>
        <translation>There are operators already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such operator.</source>
        <translation>No such operator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New PIN for {name}: </source>
        <translation>New PIN for {name}: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first operator must be an admin (--role admin).</source>
        <translation>The first operator must be an admin (--role admin).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Operator {name} added ({role}).</source>
        <translation>Operator {name} added ({role}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator {name} unlocked.</source>
        <translation>Operator {name} unlocked.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>locked until {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>event #{seq} was changed after it was written</source>
        <translation>event #{seq} was changed after it was written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>event #{seq} is missing (deleted)</source>
        <translation>event #{seq} is missing (deleted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event #{seq} does not follow the event before it (inserted or replaced)</source>
        <translation>event #{seq} does not follow the event before it (inserted or replaced)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the trail ends at event #{seq}, which is not where the kiosk left it (events added outside the kiosk)</source>
        <translation>the trail ends at event #{seq}, which is not where the kiosk left it (events added outside the kiosk)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../kiosk/cli/database.py" line="+101"/>
        <source>The audit trail is whole: {n} events checked.</source>
        <translation>The audit trail is whole: {n} events checked.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../kiosk/cli/database.py" line="+3"/>
        <source>The audit trail is BROKEN: {why}.</source>
        <translation>The audit trail is BROKEN: {why}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The trail received from {site} is whole: {n} events checked.</source>
        <translation>The trail received from {site} is whole: {n} events checked.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trail received from {site} is BROKEN: {why}.</source>
        <translation>The trail received from {site} is BROKEN: {why}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings file: {path}</source>
        <translation>Settings file: {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not a valid value: {why}</source>
        <translation>Not a valid value: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{key} changed.</source>
        <translation>{key} changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say what to correct: --name, --birth-date, --phone or --desa.</source>
        <translation>Say what to correct: --name, --birth-date, --phone or --desa.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Corrected, approved by {approver}. A later import of the list keeps it.</source>
        <translation>Corrected, approved by {approver}. A later import of the list keeps it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="-41"/>
        <source>No PIN given: type it, or set {env}.</source>
        <translation>No PIN given: type it, or set {env}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say who you are: --operator NAME (or set {env}).</source>
        <translation>Say who you are: --operator NAME (or set {env}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIN for {name}: </source>
        <translation>PIN for {name}: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is a province monitor: only the programme&apos;s report (kiosk report), never a worker&apos;s data.</source>
        <translation>{name} is a province monitor: only the programme&apos;s report (kiosk report), never a worker&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="-25"/>
        <location filename="../../kiosk/cli/context.py" line="+7"/>
        <source>{name} may not do this: it is not part of the role {role}.</source>
        <translation>{name} may not do this: it is not part of the role {role}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="+24"/>
        <source>Locked after too many wrong PINs, until {time} WITA; a supervisor can unlock it.</source>
        <translation>Locked after too many wrong PINs, until {time} WITA; a supervisor can unlock it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operator is no longer active.</source>
        <translation>This operator is no longer active.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/admin.py" line="+20"/>
        <location filename="../../kiosk/cli/context.py" line="+2"/>
        <location filename="../../kiosk/cli/database.py" line="-35"/>
        <source>Not allowed for this operator.</source>
        <translation>Not allowed for this operator.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/context.py" line="+2"/>
        <source>Wrong name or PIN.</source>
        <translation>Wrong name or PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/printing.py" line="-24"/>
        <source>Card {serial} for {name} sent to {printer}.</source>
        <translation>Card {serial} for {name} sent to {printer}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The job {job} failed and is kept: `kiosk jobs --retry {job}` sends it again (add --printer URL for another printer).</source>
        <translation>The job {job} failed and is kept: `kiosk jobs --retry {job}` sends it again (add --printer URL for another printer).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No receipt printer: give --printer URL, or set one with `kiosk settings set receipt_printer URL`.</source>
        <translation>No receipt printer: give --printer URL, or set one with `kiosk settings set receipt_printer URL`.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name a --kecamatan or a --desa.</source>
        <translation>Name a --kecamatan or a --desa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No single kecamatan or desa matches {what}; give its code to be sure.</source>
        <translation>No single kecamatan or desa matches {what}; give its code to be sure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--per-file is at least 1.</source>
        <translation>--per-file is at least 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: {registered} registered, {printed} printed already, {to_print} to print.</source>
        <translation>{name}: {registered} registered, {printed} printed already, {to_print} to print.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} cards were being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output, then see `kiosk jobs`.</source>
        <translation>{count} cards were being sent to a printer when the kiosk stopped; they are skipped. Check the printer&apos;s output, then see `kiosk jobs`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} cards are being printed by another batch right now; it prints them.</source>
        <translation>{count} cards are being printed by another batch right now; it prints them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cards were signed at another kiosk; a batch here skips them. Reprint them one by one if they are needed.</source>
        <translation>{count} cards were signed at another kiosk; a batch here skips them. Reprint them one by one if they are needed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} cards printed.</source>
        <translation>{count} cards printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cards skipped: another batch or a desk was printing them at the same time.</source>
        <translation>{count} cards skipped: another batch or a desk was printing them at the same time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the same command again to print the rest; no card is printed twice.</source>
        <translation>Run the same command again to print the rest; no card is printed twice.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>There is no print job {job}.</source>
        <translation>There is no print job {job}.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>--printer goes with --retry.</source>
        <translation>--printer goes with --retry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--failed and --status {status} do not go together.</source>
        <translation>--failed and --status {status} do not go together.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No print jobs.</source>
        <translation>No print jobs.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Showing {first}–{last} of {total} jobs (page {page} of {pages}).</source>
        <translation>Showing {first}–{last} of {total} jobs (page {page} of {pages}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no page {page}: {total} jobs make {pages} pages.</source>
        <translation>There is no page {page}: {total} jobs make {pages} pages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next ones: add --page {next}.</source>
        <translation>The next ones: add --page {next}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--resolve needs --printed or --not-printed, and --approver.</source>
        <translation>--resolve needs --printed or --not-printed, and --approver.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job {job} is not waiting for an answer; nothing to settle.</source>
        <translation>The job {job} is not waiting for an answer; nothing to settle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job {job} is settled.</source>
        <translation>The job {job} is settled.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/handover.py" line="+111"/>
        <source>No events.</source>
        <translation>No events.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no region with the code {code}.</source>
        <translation>There is no region with the code {code}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event {number} added. Make it this kiosk&apos;s with `kiosk settings set event {number}`.</source>
        <translation>Event {number} added. Make it this kiosk&apos;s with `kiosk settings set event {number}`.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No such event; see `kiosk events list`, or give --date.</source>
        <translation>No such event; see `kiosk events list`, or give --date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No handovers to record.</source>
        <translation>No handovers to record.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BAST written to {path}: {rows} handovers, {pages} pages.</source>
        <translation>BAST written to {path}: {rows} handovers, {pages} pages.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--at takes the time as on the receipt: &apos;YYYY-MM-DD HH:MM&apos; (WITA).</source>
        <translation>--at takes the time as on the receipt: &apos;YYYY-MM-DD HH:MM&apos; (WITA).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the scan {path}.</source>
        <translation>Cannot read the scan {path}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A supervisor must approve a paper handover.</source>
        <translation>A supervisor must approve a paper handover.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First record: handover {number}. Nothing new was recorded.</source>
        <translation>First record: handover {number}. Nothing new was recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover {number} recorded on paper: {name}, card {serial}, {time} WITA.</source>
        <translation>Handover {number} recorded on paper: {name}, card {serial}, {time} WITA.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no handover {number}.</source>
        <translation>There is no handover {number}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover {number} is void.</source>
        <translation>Handover {number} is void.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kecamatan / desa: registered, printed, handed over, remaining; bank accounts opened, activated</source>
        <translation>kecamatan / desa: registered, printed, handed over, remaining; bank accounts opened, activated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(kecamatan not given)</source>
        <translation>(kecamatan not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(desa not given)</source>
        <translation>(desa not given)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} files would be deleted.</source>
        <translation>{count} files would be deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files deleted.</source>
        <translation>{count} files deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: {retention} within the {days} days after their event, {no_bast} whose handovers are in no BAST yet, {not_handed} of cards not handed over.</source>
        <translation>Kept: {retention} within the {days} days after their event, {no_bast} whose handovers are in no BAST yet, {not_handed} of cards not handed over.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} files could not be deleted; they are tried again next time.</source>
        <translation>{count} files could not be deleted; they are tried again next time.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/bank.py" line="+47"/>
        <source>{count} applications wait for the bank.</source>
        <translation>{count} applications wait for the bank.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No bank address: set one with `kiosk settings set bank_url URL`.</source>
        <translation>No bank address: set one with `kiosk settings set bank_url URL`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened: {opened}. Refused: {rejected}. Waiting for the bank: {waiting}.</source>
        <translation>Opened: {opened}. Refused: {rejected}. Waiting for the bank: {waiting}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} applications written to {path}.</source>
        <translation>{count} applications written to {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened: {opened}. Pre-opened: {pre_opened}. Refused: {rejected}. Already recorded: {unchanged}. Rows not used: {bad}.</source>
        <translation>Opened: {opened}. Pre-opened: {pre_opened}. Refused: {rejected}. Already recorded: {unchanged}. Rows not used: {bad}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/database.py" line="-18"/>
        <source>Copying {table}: {done} rows</source>
        <translation>Copying {table}: {done} rows</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The copy does not match its source; nothing was kept in the target.</source>
        <translation>The copy does not match its source; nothing was kept in the target.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. The copy is recorded in the new database&apos;s audit trail.</source>
        <translation>Copied. The copy is recorded in the new database&apos;s audit trail.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The source and the target are one database.</source>
        <translation>The source and the target are one database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source database has schema revision {revision}, not this kiosk&apos;s {head}: open it with this kiosk version first (kiosk --database-url FROM_URL audit verify), then copy it.</source>
        <translation>The source database has schema revision {revision}, not this kiosk&apos;s {head}: open it with this kiosk version first (kiosk --database-url FROM_URL audit verify), then copy it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target database has schema revision {revision}, which this kiosk does not know (a newer kiosk&apos;s?). Nothing was copied.</source>
        <translation>The target database has schema revision {revision}, which this kiosk does not know (a newer kiosk&apos;s?). Nothing was copied.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target already holds a registry (rows in: {tables}). Nothing was copied; copy only into a new, empty database.</source>
        <translation>The target already holds a registry (rows in: {tables}). Nothing was copied; copy only into a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/__init__.py" line="+155"/>
        <source>Hub unreachable ({detail}). Check the network and try again.</source>
        <translation>Hub unreachable ({detail}). Check the network and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: {detail}</source>
        <translation>The database cannot be reached: {detail}</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/hub.py" line="+122"/>
        <location filename="../../kiosk/cli/province.py" line="+100"/>
        <source>Stopped: {folder}</source>
        <translation>Stopped: {folder}</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../kiosk/cli/province.py" line="+16"/>
        <source>PostgreSQL refused: {detail}</source>
        <translation>PostgreSQL refused: {detail}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting the hub in {folder} ...</source>
        <translation>Starting the hub in {folder} ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The hub is made and running.</source>
        <translation>The hub is made and running.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry was copied into it.</source>
        <translation>The registry was copied into it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub is running.</source>
        <translation>The hub is running.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hub addresses: {addresses}</source>
        <translation>Hub addresses: {addresses}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join code (kiosk join CODE on each desk, or scan its QR code):</source>
        <translation>Join code (kiosk join CODE on each desk, or scan its QR code):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QR code saved: {file}</source>
        <translation>QR code saved: {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code holds the hub&apos;s password: show it to desk staff only.</source>
        <translation>The code holds the hub&apos;s password: show it to desk staff only.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This kiosk is now a desk of the hub at {addresses}.</source>
        <translation>This kiosk is now a desk of the hub at {addresses}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings saved in {file}.</source>
        <translation>Settings saved in {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying the hub onto this laptop ...</source>
        <translation>Copying the hub onto this laptop ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop is the hub&apos;s standby ({addresses}). Handovers are confirmed only once they are on both laptops.</source>
        <translation>This laptop is the hub&apos;s standby ({addresses}). Handovers are confirmed only once they are on both laptops.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the hub laptop dies: kiosk hub promote --dir {folder}</source>
        <translation>If the hub laptop dies: kiosk hub promote --dir {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The old hub must stay switched off from now on: two hubs would split the event.</source>
        <translation>The old hub must stay switched off from now on: two hubs would split the event.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This laptop is the hub now ({addresses}). Desks reconnect by themselves.</source>
        <translation>This laptop is the hub now ({addresses}). Desks reconnect by themselves.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Linking {folder} to the centre ...</source>
        <translation>Linking {folder} to the centre ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Linked again as {origin}: the centre takes a fresh copy of this site&apos;s records.</source>
        <translation>Linked again as {origin}: the centre takes a fresh copy of this site&apos;s records.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linked as {origin} ({label}).</source>
        <translation>Linked as {origin} ({label}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The centre sends this hub the {n} workers of {kabupaten}; this hub&apos;s records go to the centre whenever the link is up. See: kiosk sync status</source>
        <translation>The centre sends this hub the {n} workers of {kabupaten}; this hub&apos;s records go to the centre whenever the link is up. See: kiosk sync status</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kiosk/cli/province.py" line="+74"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses: {addresses}</source>
        <translation>Addresses: {addresses}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desks connected: {n} {names}</source>
        <translation>Desks connected: {n} {names}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>synchronous</source>
        <translation>synchronous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not synchronous</source>
        <translation>not synchronous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standby: {address}, {state}, {kind}, lag {lag} ({bytes} bytes)</source>
        <translation>Standby: {address}, {state}, {kind}, lag {lag} ({bytes} bytes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Standby: NOT CONNECTED: the hub carries on alone.</source>
        <translation>Standby: NOT CONNECTED: the hub carries on alone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standby: none</source>
        <translation>Standby: none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind the hub by {lag:.1f} s</source>
        <translation>Behind the hub by {lag:.1f} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk free: {free:.1f} GiB of {total:.1f} GiB</source>
        <translation>Disk free: {free:.1f} GiB of {total:.1f} GiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handovers today: {n}</source>
        <translation>Handovers today: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/texts/hub.py" line="+21"/>
        <source>This is not a hub join code, or it is incomplete: scan it again or copy the whole line (it begins with KIOSKHUB1:).</source>
        <translation>This is not a hub join code, or it is incomplete: scan it again or copy the whole line (it begins with KIOSKHUB1:).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub cannot be reached at {addresses}: check that this laptop is on the event&apos;s network and that the hub is running.</source>
        <translation>The hub cannot be reached at {addresses}: check that this laptop is on the event&apos;s network and that the hub is running.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>The server at {addresses} is NOT the hub of this join code (its certificate differs). Nothing was sent to it. Ask the organisers for the current code.</source>
        <translation>The server at {addresses} is NOT the hub of this join code (its certificate differs). Nothing was sent to it. Ask the organisers for the current code.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The hub runs a newer kiosk version (schema {revision}): update this kiosk before it joins.</source>
        <translation>The hub runs a newer kiosk version (schema {revision}): update this kiosk before it joins.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub runs an older kiosk version (schema {revision}): update the hub laptop&apos;s kiosk and run kiosk hub start there. A desk never changes the hub.</source>
        <translation>The hub runs an older kiosk version (schema {revision}): update the hub laptop&apos;s kiosk and run kiosk hub start there. A desk never changes the hub.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub refused the code&apos;s password: ask for the current join code.</source>
        <translation>The hub refused the code&apos;s password: ask for the current join code.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no hub in {folder}: kiosk hub start makes one.</source>
        <translation>There is no hub in {folder}: kiosk hub start makes one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} already holds a hub or standby.</source>
        <translation>{folder} already holds a hub or standby.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port {port} is taken by another program: choose --port.</source>
        <translation>Port {port} is taken by another program: choose --port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT started: this laptop was the hub, but its standby at {address} has taken over. Keep this one off; to have a standby again, make this laptop a standby of the new hub (a new folder: kiosk hub standby CODE).</source>
        <translation>NOT started: this laptop was the hub, but its standby at {address} has taken over. Keep this one off; to have a standby again, make this laptop a standby of the new hub (a new folder: kiosk hub standby CODE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is already the hub.</source>
        <translation>{folder} is already the hub.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub cannot be reached at {addresses}.</source>
        <translation>The hub cannot be reached at {addresses}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/rehearsal.py" line="+91"/>
        <source>The kept rehearsal was removed.</source>
        <translation>The kept rehearsal was removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was no rehearsal to remove.</source>
        <translation>There was no rehearsal to remove.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+237"/>
        <source>Say how many desks and workers: --desks N --workers M.</source>
        <translation>Say how many desks and workers: --desks N --workers M.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The card-signing key cannot be used: {why}</source>
        <translation>The card-signing key cannot be used: {why}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rehearsal: {desks} desks, {workers} workers, {seconds:.1f} s</source>
        <translation>Rehearsal: {desks} desks, {workers} workers, {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handovers per second: {rate:.1f}</source>
        <translation>Handovers per second: {rate:.1f}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lookup: p50 {p50} ms, p95 {p95} ms</source>
        <translation>Lookup: p50 {p50} ms, p95 {p95} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover, all told: p50 {p50} ms, p95 {p95} ms</source>
        <translation>Handover, all told: p50 {p50} ms, p95 {p95} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handover commit: p50 {p50} ms, p95 {p95} ms</source>
        <translation>Handover commit: p50 {p50} ms, p95 {p95} ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempts: {attempts}; handovers confirmed: {confirmed} (in the database: {stored})</source>
        <translation>Attempts: {attempts}; handovers confirmed: {confirmed} (in the database: {stored})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collisions: {planned} planned, {refused} refused, {named} naming the other desk</source>
        <translation>Collisions: {planned} planned, {refused} refused, {named} naming the other desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double handovers: {n}</source>
        <translation>Double handovers: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed handovers lost: {n}</source>
        <translation>Confirmed handovers lost: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desks working again {seconds:.1f} s after the hub died</source>
        <translation>Desks working again {seconds:.1f} s after the hub died</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit trail: intact ({n} events)</source>
        <translation>Audit trail: intact ({n} events)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail: BROKEN</source>
        <translation>Audit trail: BROKEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts that failed: {n}</source>
        <translation>Attempts that failed: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A desk could not work: {why}</source>
        <translation>A desk could not work: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rehearsal&apos;s data is kept in the database {database}; remove it with kiosk rehearse --clean.</source>
        <translation>The rehearsal&apos;s data is kept in the database {database}; remove it with kiosk rehearse --clean.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rehearsal&apos;s data was removed.</source>
        <translation>The rehearsal&apos;s data was removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal passed.</source>
        <translation>Rehearsal passed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rehearsal FAILED: double or lost handovers, or a broken audit trail.</source>
        <translation>Rehearsal FAILED: double or lost handovers, or a broken audit trail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the rehearsal database ...</source>
        <translation>Preparing the rehearsal database ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating synthetic workers with printed cards ...</source>
        <translation>Creating synthetic workers with printed cards ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the desks ...</source>
        <translation>Starting the desks ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desks are handing over cards ...</source>
        <translation>The desks are handing over cards ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub was killed; the standby takes over ...</source>
        <translation>The hub was killed; the standby takes over ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the database ...</source>
        <translation>Checking the database ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the rehearsal&apos;s data ...</source>
        <translation>Removing the rehearsal&apos;s data ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rehearsal needs a hub (PostgreSQL); this kiosk works on SQLite. Join a hub first (kiosk join CODE), or give --database URL.</source>
        <translation>A rehearsal needs a hub (PostgreSQL); this kiosk works on SQLite. Join a hub first (kiosk join CODE), or give --database URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{database} is the registry itself: a rehearsal never runs there.</source>
        <translation>{database} is the registry itself: a rehearsal never runs there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kept rehearsal is still in {database}: remove it first with kiosk rehearse --clean.</source>
        <translation>A kept rehearsal is still in {database}: remove it first with kiosk rehearse --clean.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {database} holds data that is not a rehearsal&apos;s: it is left alone.</source>
        <translation>The database {database} holds data that is not a rehearsal&apos;s: it is left alone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kill-hub-after needs the hub and the standby on this machine: give --hub-dir DIR and --standby-dir DIR.</source>
        <translation>--kill-hub-after needs the hub and the standby on this machine: give --hub-dir DIR and --standby-dir DIR.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/province.py" line="-56"/>
        <source>The centre is made and running: {folder}</source>
        <translation>The centre is made and running: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The centre is running: {folder}</source>
        <translation>The centre is running: {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each site links with (on the hub laptop, the kabupaten&apos;s code at the end):</source>
        <translation>Each site links with (on the hub laptop, the kabupaten&apos;s code at the end):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The URL holds the centre&apos;s link password (a superuser&apos;s, as PostgreSQL 15 requires): give it only to the people who link sites.</source>
        <translation>The URL holds the centre&apos;s link password (a superuser&apos;s, as PostgreSQL 15 requires): give it only to the people who link sites.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is the province&apos;s centre now. Import the registry here.</source>
        <translation>The database is the province&apos;s centre now. Import the registry here.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre: {folder} ({state})</source>
        <translation>Centre: {folder} ({state})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No links to the province.</source>
        <translation>No links to the province.</translation>
    </message>
    <message>
        <location filename="../../kiosk/texts/province.py" line="+21"/>
        <source>That database is not the province&apos;s centre: prepare it first with kiosk central setup URL (or kiosk central init for a trial).</source>
        <translation>That database is not the province&apos;s centre: prepare it first with kiosk central setup URL (or kiosk central init for a trial).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is the province&apos;s centre: a centre is not linked as a site.</source>
        <translation>This database is the province&apos;s centre: a centre is not linked as a site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server does not keep logical WAL (wal_level): set wal_level = logical and restart it, then link again.</source>
        <translation>This server does not keep logical WAL (wal_level): set wal_level = logical and restart it, then link again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not a kabupaten/kota of NTT: give its code, e.g. 53.11 for Sumba Timur.</source>
        <translation>{code} is not a kabupaten/kota of NTT: give its code, e.g. 53.11 for Sumba Timur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This site holds {n} workers the centre does not have: its registry was imported here. The province&apos;s registry is imported at the centre; start a new hub and link it, then the centre sends it its kabupaten&apos;s workers.</source>
        <translation>This site holds {n} workers the centre does not have: its registry was imported here. The province&apos;s registry is imported at the centre; start a new hub and link it, then the centre sends it its kabupaten&apos;s workers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link needs a superuser of the centre (PostgreSQL 15: only a superuser may create a subscription): use the link URL the province gave you.</source>
        <translation>The link needs a superuser of the centre (PostgreSQL 15: only a superuser may create a subscription): use the link URL the province gave you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is already linked as {origin}, for another kabupaten.</source>
        <translation>This database is already linked as {origin}, for another kabupaten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To the centre</source>
        <translation>To the centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the centre</source>
        <translation>From the centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {site}</source>
        <translation>From {site}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To {site}</source>
        <translation>To {site}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT connected</source>
        <translation>NOT connected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>behind by {s:.1f} s</source>
        <translation>behind by {s:.1f} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} changes waiting</source>
        <translation>{n} changes waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes waiting: not known from here</source>
        <translation>changes waiting: not known from here</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last contact {when}</source>
        <translation>last contact {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>data up to {when}</source>
        <translation>data up to {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WAL kept {kept} of at most {bound}</source>
        <translation>WAL kept {kept} of at most {bound}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WARNING: the WAL this link needed is gone (the disk bound was reached): run kiosk hub link again; the centre then takes a fresh copy of this site.</source>
        <translation>WARNING: the WAL this link needed is gone (the disk bound was reached): run kiosk hub link again; the centre then takes a fresh copy of this site.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WARNING: the WAL kept for the centre is over half its bound: connect the link (the tunnel to the centre) soon, before the disk fills.</source>
        <translation>WARNING: the WAL kept for the centre is over half its bound: connect the link (the tunnel to the centre) soon, before the disk fills.</translation>
    </message>
    <message>
        <location filename="../../kiosk/cli/report.py" line="+59"/>
        <location line="+7"/>
        <source>Report saved: {file}</source>
        <translation>Report saved: {file}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The report cannot be saved there: {reason}</source>
        <translation>The report cannot be saved there: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme report, made {time} WITA</source>
        <translation>Programme report, made {time} WITA</translation>
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
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account opened</source>
        <translation>Account opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cards printed {printed} = handed over {handed} + waiting {waiting} + replaced {replaced} + voided {voided}</source>
        <translation>Cards printed {printed} = handed over {handed} + waiting {waiting} + replaced {replaced} + voided {voided}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bank applications {total}: opened {opened}, waiting for the bank {pending}, rejected {rejected}, failed {failed}</source>
        <translation>Bank applications {total}: opened {opened}, waiting for the bank {pending}, rejected {rejected}, failed {failed}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double handovers: {count}</source>
        <translation>Double handovers: {count}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target of {name} ({code}): {n}.</source>
        <translation>Target of {name} ({code}): {n}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} targets set from {file}.</source>
        <translation>{n} targets set from {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was saved: {n} lines must be corrected first.</source>
        <translation>Nothing was saved: {n} lines must be corrected first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved: correct the file first.</source>
        <translation>Nothing was saved: correct the file first.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No targets set.</source>
        <translation>No targets set.</translation>
    </message>
</context>
<context>
    <name>corrections</name>
    <message>
        <location filename="../../kiosk/texts/corrections.py" line="+13"/>
        <source>The name cannot be empty.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth does not match the NIK. Only the civil registry (Dukcapil) can correct a NIK.</source>
        <translation>The date of birth does not match the NIK. Only the civil registry (Dukcapil) can correct a NIK.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a phone number: type it like 0812 3456 7890.</source>
        <translation>This is not a phone number: type it like 0812 3456 7890.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the desa from the list.</source>
        <translation>Choose the desa from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This worker is no longer in the registry.</source>
        <translation>This worker is no longer in the registry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <location filename="../../kiosk/texts/handover.py" line="+17"/>
        <source>The worker signs</source>
        <translation>The worker signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint and a witness</source>
        <translation>Thumbprint and a witness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A representative collects</source>
        <translation>A representative collects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a paper receipt signed by hand</source>
        <translation>On a paper receipt signed by hand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please sign: the pad is empty.</source>
        <translation>Please sign: the pad is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature is too small: sign with your usual signature.</source>
        <translation>The signature is too small: sign with your usual signature.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A straight line is not a signature: please sign with your usual signature.</source>
        <translation>A straight line is not a signature: please sign with your usual signature.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the witness&apos;s name.</source>
        <translation>Write the witness&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the representative&apos;s name.</source>
        <translation>Write the representative&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The representative&apos;s NIK is not valid: 16 digits, as on their KTP.</source>
        <translation>The representative&apos;s NIK is not valid: 16 digits, as on their KTP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write how the representative is related to the worker.</source>
        <translation>Write how the representative is related to the worker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This worker has no card yet: print it first.</source>
        <translation>This worker has no card yet: print it first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This QR code is not a genuine card. Scan the card again.</source>
        <translation>This QR code is not a genuine card. Scan the card again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card belongs to another worker (%1). Take the right card.</source>
        <translation>This card belongs to another worker (%1). Take the right card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is no longer valid (replaced or voided). Hand over the newest card.</source>
        <translation>This card is no longer valid (replaced or voided). Hand over the newest card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This worker is inactive: a supervisor must check the data first.</source>
        <translation>This worker is inactive: a supervisor must check the data first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This worker has no bank account waiting to be activated.</source>
        <translation>This worker has no bank account waiting to be activated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the serial printed on the card: at least its last 4 characters.</source>
        <translation>Type the serial printed on the card: at least its last 4 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not a card serial. Type the serial exactly as printed on the card.</source>
        <translation>That is not a card serial. Type the serial exactly as printed on the card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The serial typed does not match this worker&apos;s card. Check that the card is theirs and that the serial is typed right.</source>
        <translation>The serial typed does not match this worker&apos;s card. Check that the card is theirs and that the serial is typed right.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another card ends in the same characters: type more of the serial.</source>
        <translation>Another card ends in the same characters: type more of the serial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no worker with KPJ %1.</source>
        <translation>There is no worker with KPJ %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan of the receipt must be a PDF or a PNG file.</source>
        <translation>The scan of the receipt must be a PDF or a PNG file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan of the receipt is too large (at most 10 MB).</source>
        <translation>The scan of the receipt is too large (at most 10 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the handover is in the future: check --at.</source>
        <translation>The time of the handover is in the future: check --at.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the handover is before the card was made: check --at.</source>
        <translation>The time of the handover is before the card was made: check --at.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This card was already handed over on %1 at %2 WITA by %3, at %4 (%5).</source>
        <translation>This card was already handed over on %1 at %2 WITA by %3, at %4 (%5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card was already handed over on %1 at %2 WITA by %3 (%5).</source>
        <translation>This card was already handed over on %1 at %2 WITA by %3 (%5).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Its QR code scanned</source>
        <translation>Its QR code scanned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its serial typed and matched</source>
        <translation>Its serial typed and matched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed at the desk during the handover</source>
        <translation>Printed at the desk during the handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handover %1 was already voided on %2 at %3 WITA by %4. Reason: %5</source>
        <translation>Handover %1 was already voided on %2 at %3 WITA by %4. Reason: %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Card handed over to %1.</source>
        <translation>✓ Card handed over to %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tanda terima did not print: %1 It waits in Printing → Print jobs.</source>
        <translation>The tanda terima did not print: %1 It waits in Printing → Print jobs.</translation>
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
<context>
    <name>operators</name>
    <message>
        <location filename="../../kiosk/texts/operators.py" line="+16"/>
        <source>Desk staff</source>
        <translation>Desk staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing operator</source>
        <translation>Printing operator</translation>
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
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province monitor</source>
        <translation>Province monitor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong username or PIN. After 5 wrong PINs the operator is locked for a while.</source>
        <translation>Wrong username or PIN. After 5 wrong PINs the operator is locked for a while.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong PINs: this operator is locked until %1 WITA. A supervisor can unlock it sooner.</source>
        <translation>Too many wrong PINs: this operator is locked until %1 WITA. A supervisor can unlock it sooner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This operator is no longer active. Ask an administrator.</source>
        <translation>This operator is no longer active. Ask an administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This operator may not do this.</source>
        <translation>This operator may not do this.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PIN has at least %1 digits, not all the same and not a run like 123456. A password of at least %2 characters may be used instead.</source>
        <translation>A PIN has at least %1 digits, not all the same and not a run like 123456. A password of at least %2 characters may be used instead.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN is too short: at least %1 digits, or a password of at least %2 characters.</source>
        <translation>The PIN is too short: at least %1 digits, or a password of at least %2 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN is too easy to guess: not all the same digit (111111), not a run (123456).</source>
        <translation>The PIN is too easy to guess: not all the same digit (111111), not a run (123456).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A username has 2 to 40 characters: small letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>A username has 2 to 40 characters: small letters, digits, dot, dash or underscore, starting with a letter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This username is taken already.</source>
        <translation>This username is taken already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the operator&apos;s full name.</source>
        <translation>Type the operator&apos;s full name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An administrator exists already: sign in.</source>
        <translation>An administrator exists already: sign in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such operator.</source>
        <translation>There is no such operator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not allowed for your role.</source>
        <translation>This is not allowed for your role.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be reached. Try again.</source>
        <translation>The registry could not be reached. Try again.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../kiosk/texts/printing.py" line="+46"/>
        <source>The printer %1 is out of paper. Load paper, then press Retry.</source>
        <translation>The printer %1 is out of paper. Load paper, then press Retry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer %1 did not take the whole job in time. Check that it is on and not jammed, then press Retry or choose another printer.</source>
        <translation>The printer %1 did not take the whole job in time. Check that it is on and not jammed, then press Retry or choose another printer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer cannot reach the printer %1: a part is missing.</source>
        <translation>This computer cannot reach the printer %1: a part is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A card file of that name is already in the folder %1; nothing was overwritten.</source>
        <translation>A card file of that name is already in the folder %1; nothing was overwritten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 cannot be reached or refused the job. Check its cable or network and that it is on, then press Retry or choose another printer.</source>
        <translation>The printer %1 cannot be reached or refused the job. Check its cable or network and that it is on, then press Retry or choose another printer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer %1 did not take the job.</source>
        <translation>The printer %1 did not take the job.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Out of paper</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer unreachable or refused</source>
        <translation>Printer unreachable or refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer connection unavailable</source>
        <translation>Printer connection unavailable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File already exists</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer address is not valid: %1</source>
        <translation>The printer address is not valid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This worker&apos;s card %1 was printed already. A new card is a reprint: it needs a reason and a supervisor&apos;s approval.</source>
        <translation>This worker&apos;s card %1 was printed already. A new card is a reprint: it needs a reason and a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This worker&apos;s card %1 is being printed, or an earlier print was interrupted. Check the printer&apos;s output and the print jobs before printing it again.</source>
        <translation>This worker&apos;s card %1 is being printed, or an earlier print was interrupted. Check the printer&apos;s output and the print jobs before printing it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a failed print job can be retried.</source>
        <translation>Only a failed print job can be retried.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This worker has no card to replace; print a first card instead.</source>
        <translation>This worker has no card to replace; print a first card instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card %1 was issued at another kiosk; reprint it to print it here.</source>
        <translation>The card %1 was issued at another kiosk; reprint it to print it here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data corrected</source>
        <translation>Data corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoiled in the printer</source>
        <translation>Spoiled in the printer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Card folder: %1</source>
        <translation>Card folder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanda terima folder: %1</source>
        <translation>Tanda terima folder: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card printer %1</source>
        <translation>Card printer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt printer %1</source>
        <translation>Receipt printer %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Receipt printer on USB (%1)</source>
        <translation>Receipt printer on USB (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printer on the port %1</source>
        <translation>Receipt printer on the port %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card was saved as a PDF file, not printed: %1. Open it to print it, or give it to whoever runs the card printer.</source>
        <translation>The card was saved as a PDF file, not printed: %1. Open it to print it, or give it to whoever runs the card printer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tanda terima was saved as a PDF file (no receipt printer is set): %1. Open it to print it.</source>
        <translation>The tanda terima was saved as a PDF file (no receipt printer is set): %1. Open it to print it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card went to the printer: %1. Collect it there.</source>
        <translation>The card went to the printer: %1. Collect it there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tanda terima went to the printer: %1.</source>
        <translation>The tanda terima went to the printer: %1.</translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <location filename="../../kiosk/texts/targets.py" line="+15"/>
        <source>&apos;{code}&apos; is not a kabupaten/kota of NTT: give a code like 53.11.</source>
        <translation>&apos;{code}&apos; is not a kabupaten/kota of NTT: give a code like 53.11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it begins: --from must not be after --to.</source>
        <translation>The period ends before it begins: --from must not be after --to.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{value}&apos; is not a kabupaten/kota of NTT (a code like 53.11).</source>
        <translation>&apos;{value}&apos; is not a kabupaten/kota of NTT (a code like 53.11).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a number of workers (digits only, e.g. 3986).</source>
        <translation>&apos;{value}&apos; is not a number of workers (digits only, e.g. 3986).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is too large for a target.</source>
        <translation>&apos;{value}&apos; is too large for a target.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} appears more than once in the file.</source>
        <translation>{value} appears more than once in the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; must have exactly two columns: kode and target.</source>
        <translation>&apos;{value}&apos; must have exactly two columns: kode and target.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line must be the header kode,target (or kode;target).</source>
        <translation>The first line must be the header kode,target (or kode;target).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no targets.</source>
        <translation>The file has no targets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as a UTF-8 text file: {value}</source>
        <translation>The file cannot be read as a UTF-8 text file: {value}</translation>
    </message>
</context>
</TS>
