<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>Follows health-care students from the Ladok list to a working staff card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Use the data file PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::BackgroundWork</name>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="87"/>
        <source>The work stopped without a result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="26"/>
        <location filename="../core/storage/Backup.cpp" line="55"/>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="37"/>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="40"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="67"/>
        <source>The backup %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="77"/>
        <source>There is no backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="83"/>
        <source>The backup %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="94"/>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="103"/>
        <source>%1 is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="128"/>
        <source>The copy %1 that an earlier restore kept could not be moved aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="142"/>
        <source>The data file %1 could not be moved aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="153"/>
        <source>The backup could not be put in place; the data file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::BackupCommands</name>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="27"/>
        <source>VFU Desk backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="46"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="49"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="65"/>
        <source>vfudesk-backup-%1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="68"/>
        <source>Back up the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="82"/>
        <source>The data file is backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="89"/>
        <location filename="../ui/BackupCommands.cpp" line="102"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="103"/>
        <source>The data in %1 will be replaced by the backup %2.

The current data is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="106"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="113"/>
        <source>The data file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="125"/>
        <source>Restored the backup %1; the data it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Compensation</name>
    <message>
        <location filename="../core/placements/Compensation.cpp" line="87"/>
        <source>Calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Compensation.cpp" line="89"/>
        <source>Weeks (calendar days / 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Compensation.cpp" line="91"/>
        <source>Working days (weeks of 5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::CompensationModel</name>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="68"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="70"/>
        <source>HSA-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="72"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="74"/>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="76"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="78"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::CompensationPage</name>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="36"/>
        <source>Not in the total: paid from ALF funds or by an own clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="40"/>
        <source>Compensation basis for units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="54"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="56"/>
        <source>Write the basis as CSV for the finance office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="134"/>
        <source>Counted as: %1. Cancelled placements are left out; interrupted ones count to the interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="137"/>
        <source>KliPP total: %1 days, %2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="155"/>
        <source>The compensation basis was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="162"/>
        <source>compensation %1 to %2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="165"/>
        <source>Export the compensation basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::CsvFile</name>
    <message>
        <location filename="../core/io/CsvFile.cpp" line="29"/>
        <source>%1 is a database, not a list; nothing was written. Choose another file for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvFile.cpp" line="35"/>
        <location filename="../core/io/CsvFile.cpp" line="43"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvFile.cpp" line="40"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="311"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="312"/>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="314"/>
        <source>%1: a quoted field starts here and has no closing quote, so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="326"/>
        <source>Could not open the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="333"/>
        <source>Could not read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="370"/>
        <source>bytes that are no character in the file&apos;s encoding (%1, shown as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="372"/>
        <source>the character %1, which a program writes where it could not read a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="382"/>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::CsvSaveChooser</name>
    <message>
        <location filename="../ui/CsvSaveChooser.cpp" line="11"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CsvSaveChooser.cpp" line="12"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::DataFileLock</name>
    <message>
        <location filename="../core/storage/DataFileLock.cpp" line="26"/>
        <source>%1 is already open in VFU Desk (process %2 on %3). Close it there first: two windows on one data file would overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DataFileLock.cpp" line="32"/>
        <source>%1 could not be locked for use; check that its folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::DataSession</name>
    <message>
        <location filename="../ui/DataSession.cpp" line="21"/>
        <source>The data file %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DataSession.cpp" line="31"/>
        <source>VFU Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DataSession.cpp" line="80"/>
        <source>This window did not open %1, so it cannot put a backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DataSession.cpp" line="89"/>
        <source>The data file %1 could not be opened again.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="106"/>
        <source>No data file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="111"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="113"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="115"/>
        <source>The data file %1 is read-only; VFU Desk needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="120"/>
        <source>The folder %1 cannot be written; VFU Desk needs to keep a journal beside the data file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="125"/>
        <source>The data file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="133"/>
        <source>The data file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="138"/>
        <source>%1 is not a VFU Desk data file (it is not a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="157"/>
        <source>The data file could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="147"/>
        <source>%1 is a database, but not a VFU Desk data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="197"/>
        <source>The version of the data file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="201"/>
        <source>%1 was written by a newer version of VFU Desk (data format %2; this version knows up to %3). Update VFU Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215"/>
        <source>The data file was not updated, because no backup could be taken first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="182"/>
        <location filename="../core/storage/Database.cpp" line="225"/>
        <location filename="../core/storage/Database.cpp" line="259"/>
        <source>The data file could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="240"/>
        <location filename="../core/storage/Database.cpp" line="254"/>
        <source>The data file could not be updated to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ErrorBanner</name>
    <message>
        <location filename="../ui/ErrorBanner.cpp" line="33"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="43"/>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="45"/>
        <source>%1 (import undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="68"/>
        <source>Right-click to undo this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="105"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="107"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="109"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::HistoryPanel</name>
    <message>
        <location filename="../ui/HistoryPanel.cpp" line="19"/>
        <location filename="../ui/HistoryPanel.cpp" line="107"/>
        <source>Undo this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HistoryPanel.cpp" line="44"/>
        <source>Cancels the selected step; the history keeps both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::HsaId</name>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="36"/>
        <source>An HSA-ID cannot contain &apos;@&apos;; it is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="40"/>
        <source>An HSA-ID cannot contain &apos;%1&apos;; it uses the letters A to Z only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="50"/>
        <source>An HSA-ID starts with the country code SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="55"/>
        <source>After SE come the 10 digits of an organisation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="61"/>
        <source>The organisation number %1 is not valid: its check digit should be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="74"/>
        <source>A hyphen must follow the organisation number, as in SE2321000016-ABCD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="79"/>
        <source>The part after the hyphen is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="82"/>
        <source>After the hyphen an HSA-ID holds only the letters A to Z and digits, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="96"/>
        <source>The HSA-ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/HsaId.cpp" line="104"/>
        <source>An HSA-ID has at most 31 characters; this has %n.</source>
        <translation>
            <numerusform>An HSA-ID has at most 31 characters; this has %n.</numerusform>
            <numerusform>An HSA-ID has at most 31 characters; this has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::IdentityNumber</name>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="28"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="29"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="30"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="31"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="32"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="33"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="34"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="35"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="36"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="37"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="38"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="39"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="115"/>
        <source>An identity number has no spaces inside; write &apos;-&apos; before the last four digits, or &apos;+&apos; for a person aged 100 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="122"/>
        <source>An identity number has only one separator, &apos;-&apos; or &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="91"/>
        <source>The character &apos;%1&apos; does not belong in an identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="87"/>
        <source>An invisible character (U+%1) stands in the identity number; delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/IdentityNumber.cpp" line="138"/>
        <source>An identity number has 10 or 12 digits; this has %n.</source>
        <translation>
            <numerusform>An identity number has 10 or 12 digits; this has %n.</numerusform>
            <numerusform>An identity number has 10 or 12 digits; this has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="143"/>
        <source>The &apos;%1&apos; must stand right before the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="160"/>
        <source>The letter %1 is out of place: only the first of the last four characters can be a letter, as in an interim number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="166"/>
        <source>The letter %1 is not used in interim numbers; they use T, R, S, U, W, X, J, K, L, M or N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="209"/>
        <source>Month %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="212"/>
        <source>Day %1 does not exist, not even in a coordination number (61 to 91).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="218"/>
        <source>Day %1 does not exist; a coordination number adds 60 to the day (61 to 91).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="224"/>
        <source>Month 00 does not exist; only a coordination number may leave the month unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="229"/>
        <source>Day 00 does not exist; only a coordination number may leave the day unknown (as 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="239"/>
        <source>There is no 29 February in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="242"/>
        <source>There is no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="254"/>
        <source>Century %1 does not occur in identity numbers; only 18, 19 and 20 do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="260"/>
        <source>The birth year %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="262"/>
        <source>The birth date lies after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="265"/>
        <source>A &apos;+&apos; marks a person who turns 100 this year or is older, but someone born in %1 is younger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="277"/>
        <source>The birth number 000 does not exist; it runs from 001 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="292"/>
        <source>The check digit should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="304"/>
        <source>The identity number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="329"/>
        <source>Someone born in %1 would be %2 years old this year; an identity number of someone over %3 is taken to be mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ImportBatchModel</name>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="69"/>
        <source>Undone %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="70"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="95"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="113"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="115"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="117"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="119"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="121"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="123"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="125"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="127"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ImportBatches</name>
    <message>
        <location filename="../core/storage/ImportBatches.cpp" line="77"/>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="42"/>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="44"/>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="46"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="59"/>
        <source>No line is rejected or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="63"/>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <source>Import a Ladok list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="89"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="108"/>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="125"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="133"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="134"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="135"/>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="136"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="137"/>
        <source>Above the header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="139"/>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="149"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="160"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="183"/>
        <source>Line %1, %n column(s)</source>
        <translation>
            <numerusform>Line %1, %n column</numerusform>
            <numerusform>Line %1, %n columns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="185"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="195"/>
        <source>Lists from Ladok (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="214"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="255"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="273"/>
        <source>Postal address columns, ignored and never stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="276"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="285"/>
        <source>Imported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="312"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ImportLinesModel</name>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="25"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="90"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="92"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="94"/>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="96"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="98"/>
        <source>Reason or change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ImportReportModel</name>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="61"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="63"/>
        <source>Fate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="65"/>
        <source>Unit or student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="67"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="69"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ImportsPage</name>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="25"/>
        <source>No list has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="26"/>
        <source>Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="31"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="37"/>
        <source>Every Ladok list imported into this data file. Undoing an import removes the students it added and sets back the fields it changed; what was changed by hand since is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="133"/>
        <source>Undo the import of %1 from %2?

The students it added (%3) leave the data file, unless they were changed since; the fields it changed go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="137"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="146"/>
        <source>Undid the import of %1. Students removed: %2. Fields set back: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="151"/>
        <source>Kept:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::InterruptDialog</name>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="32"/>
        <source>Interrupt a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="37"/>
        <source>%1 at %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="51"/>
        <source>The examiner who stopped the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="53"/>
        <source>Why the placement was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="57"/>
        <source>Placement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="58"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="59"/>
        <source>&amp;Examiner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="60"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="63"/>
        <source>&amp;Interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="85"/>
        <source>The placement of %1 was interrupted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Journey</name>
    <message>
        <location filename="../core/journey/Journey.cpp" line="82"/>
        <source>Registered in KliPP on %1 and no JoBSH access by %2. Send the link to Lärtorget (the HSA-ID is the user name) or enrol the student in the English course on Canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="87"/>
        <source>Registered in KliPP on %1 and no JoBSH link sent by %2. Check that the student has reached Lärtorget, then send the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="91"/>
        <source>JoBSH was opened to the student on %1 and is not completed by %2. Check that the student can log in (see the checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="96"/>
        <source>JoBSH was completed on %1 and no certificate has come by %2. Ask the student to generate the certificate and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="101"/>
        <source>A new card was chosen on %1 but no card order was recorded by %2. Order the card by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="104"/>
        <source>JoBSH was completed on %1 but no card order was recorded by %2. The order is normally placed automatically: check KliPP and order the card by hand if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="110"/>
        <source>The student was added on %1 and no passport copy was sent to EK H by %2. Send EK H a copy of the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="115"/>
        <source>The passport copy went to EK H on %1 and the placement was not sent by %2. Tell EK H the unit and the exact dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="120"/>
        <source>The placement went to EK H on %1 and no HSA-ID had come back by %2. Ask EK H for the HSA-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="125"/>
        <source>The HSA-ID came on %1 and the student was not registered in KliPP by %2. Register the student; a T-number is not carried over to EK by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="130"/>
        <source>The certificate came on %1 and no card was chosen by %2. The student holds a card from another region: choose a new card or a temporary card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="135"/>
        <source>Since %1 the student waits for a temporary card, and none was ordered by %2. Order a temporary card without photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="140"/>
        <source>The temporary card was ordered on %1 and the student was not told how to collect it by %2. Tell the student to bring the same identity document as the EK record to the card office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="146"/>
        <source>The student was told on %1 how to collect the temporary card and had not collected it by %2. Remind the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="328"/>
        <source>The card order of %1 lapsed on %2 without a photo. A new order is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="332"/>
        <source>The card was ordered on %1 and the student is not photographed yet. The order lapses on %2: remind the student to visit the card office before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="348"/>
        <source>The card activated on %1 expired on %2. The student needs a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="352"/>
        <source>The card activated on %1 expires on %2. The student should ask for a new card now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="365"/>
        <source>It can still be extended until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="366"/>
        <source>It cannot be extended further: a new temporary card is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="372"/>
        <source>The temporary card issued on %1 ended on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="376"/>
        <source>The temporary card issued on %1 is valid until %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="391"/>
        <source>The name changed on %1, after the card was issued on %2. The card must be replaced: place a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="11"/>
        <source>The student is registered in KliPP; the data can take two to three days to reach Lärtorget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="13"/>
        <source>The student goes to Lärtorget and chooses Log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="14"/>
        <source>As the way to log in, the student chooses &quot;As a student for JoBSH&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="15"/>
        <source>The student chooses their university.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="16"/>
        <source>The student logs in with the same details as for their student e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="71"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="87"/>
        <source>Card active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="89"/>
        <location filename="../core/journey/JourneyNames.cpp" line="141"/>
        <source>Card order lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="91"/>
        <source>Card expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="105"/>
        <source>Temporary card active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="107"/>
        <source>Temporary card ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="109"/>
        <source>Ready (holds a region card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="135"/>
        <source>No JoBSH link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="137"/>
        <source>No card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="139"/>
        <source>Card order lapsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="143"/>
        <source>Card expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="145"/>
        <source>JoBSH not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="147"/>
        <source>No certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="149"/>
        <source>No passport copy to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="151"/>
        <source>No placement to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="153"/>
        <source>No HSA-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="155"/>
        <source>Not registered in KliPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="157"/>
        <source>No choice of card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="159"/>
        <source>No temporary card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="161"/>
        <source>Not told how to collect the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="163"/>
        <source>Temporary card not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="165"/>
        <source>Temporary card ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="167"/>
        <source>New card after a name change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="169"/>
        <source>Not ready for a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="191"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="193"/>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="195"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::JourneyCache</name>
    <message>
        <location filename="../core/storage/JourneyCache.cpp" line="220"/>
        <source>en</source>
        <extracomment>The language code of this translation (&quot;sv&quot; for Swedish). The explanations of due actions are kept in the data file in this language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::JourneyStrip</name>
    <message>
        <location filename="../ui/JourneyStrip.cpp" line="147"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::LoadingPage</name>
    <message>
        <location filename="../ui/LoadingPage.cpp" line="14"/>
        <source>Reading the students…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>The data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Import Ladok list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>&amp;Export students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <location filename="../ui/MainWindow.cpp" line="507"/>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>&amp;Find student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>&amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>&amp;Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>The data file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>VFU Desk cannot read the students of %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Reading students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Back to Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485"/>
        <source>Back to Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>&amp;Undo last change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="95"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="96"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="97"/>
        <source>Export students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="102"/>
        <source>students.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFiles.cpp" line="133"/>
        <source>Exported %n student(s) to %1.</source>
        <translation>
            <numerusform>Exported %n student to %1.</numerusform>
            <numerusform>Exported %n students to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFiles.cpp" line="136"/>
        <source>Exporting %n student(s)…</source>
        <translation>
            <numerusform>Exporting %n student…</numerusform>
            <numerusform>Exporting %n students…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::PeriodPicker</name>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="37"/>
        <source>Spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="38"/>
        <source>January 1 to June 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="46"/>
        <source>Autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="47"/>
        <source>July 1 to December 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="58"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="60"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementDialog</name>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="58"/>
        <source>Reason for the overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="62"/>
        <source>Add a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="67"/>
        <source>Course code, e.g. 2SJ203</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="75"/>
        <source>Why may the placements overlap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="82"/>
        <source>Chosen by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="91"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="92"/>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="93"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="94"/>
        <source>&amp;End (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="95"/>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="100"/>
        <source>&amp;Add placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="121"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="124"/>
        <source>Search by name or identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="172"/>
        <source>%1 (outside the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="175"/>
        <source>Add a unit first, in the Units view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="285"/>
        <source>Programme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="299"/>
        <source>Follows the student&apos;s programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="300"/>
        <source>Follows the programme: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="320"/>
        <source>Choose the student to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="346"/>
        <source>%1 placed at %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementHistoryModel</name>
    <message>
        <location filename="../ui/PlacementHistoryModel.cpp" line="51"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementHistoryModel.cpp" line="53"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementHistoryModel.cpp" line="55"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementImport</name>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="68"/>
        <source>%1: no header with %2 was found in the first %3 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="90"/>
        <source>a column &quot;Namn&quot; or &quot;Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="120"/>
        <source>The unit has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="126"/>
        <source>The unit is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="135"/>
        <source>&quot;%1&quot; is not a region: write inom or utom (inside or outside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="150"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="197"/>
        <source>a column &quot;Personnummer&quot; or &quot;Identity&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="209"/>
        <source>%1: the columns &quot;Enhet&quot;, &quot;Startdatum&quot; and &quot;Slutdatum&quot; (or &quot;Unit&quot;, &quot;Start&quot;, &quot;End&quot;) are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="249"/>
        <source>No student has the identity number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="259"/>
        <source>There is no unit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="275"/>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="299"/>
        <source>The placement overlaps the student&apos;s placement from %1 to %2; give a reason (column &quot;Orsak&quot;) to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="320"/>
        <source>Imported from %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementImportDialog</name>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="25"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="27"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="29"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="48"/>
        <location filename="../ui/PlacementImportDialog.cpp" line="152"/>
        <source>Import units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="48"/>
        <location filename="../ui/PlacementImportDialog.cpp" line="152"/>
        <source>Import placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="53"/>
        <source>Columns found by name: Namn/Name, HSA-ID, Region (inom/utom), Adress, Kontaktperson, E-post, Telefon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="55"/>
        <source>Columns found by name: Personnummer/Identity, Enhet/Unit (name or HSA-ID), Kurs/Course, Startdatum/Start, Slutdatum/End, and Orsak/Reason for an overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="82"/>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="118"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="138"/>
        <source>%1: %2, separated by %3, header on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="154"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="176"/>
        <source>Imported %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementRules</name>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="30"/>
        <source>the placement sent to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="32"/>
        <source>JoBSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="34"/>
        <source>the JoBSH certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="36"/>
        <source>a working card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="70"/>
        <source>Blocks the placement at %1 from %2: the student lacks %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementService</name>
    <message>
        <location filename="../core/PlacementService.cpp" line="50"/>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="58"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="82"/>
        <source>There is already a unit named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="85"/>
        <source>%1 already has the HSA-ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="114"/>
        <source>No unit is called or has the HSA-ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="141"/>
        <source>A programme needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="177"/>
        <source>There is no placement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="193"/>
        <source>Choose a unit for the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="257"/>
        <source>The placement overlaps the student&apos;s placement at %1 from %2 to %3. Give a reason to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="234"/>
        <source>Placed at %1 from %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="238"/>
        <source>; overlap allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="269"/>
        <source>An interruption needs its date, the examiner and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="279"/>
        <source>The placement starts on %1; it cannot be completed before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="295"/>
        <source>%1 is in the future; record the order on the day it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="298"/>
        <source>Only a placement ordered through KliPP is ordered; this one is arranged as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="305"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="307"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="320"/>
        <source>An interruption needs the examiner and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="322"/>
        <source>The interruption date must be a day that has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="276"/>
        <location filename="../core/PlacementService.cpp" line="328"/>
        <source>The placement is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="345"/>
        <source>Interrupted on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="363"/>
        <location filename="../core/PlacementService.cpp" line="402"/>
        <source>The period needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementStatusDialog</name>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="25"/>
        <source>Ordered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="29"/>
        <source>Change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="33"/>
        <source>%1 at %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="53"/>
        <source>Placement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="54"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="58"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="106"/>
        <source>The placement of %1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementTableModel</name>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="93"/>
        <source>Ordered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="95"/>
        <source>Interrupted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="106"/>
        <source>Interrupted on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="110"/>
        <source>Outside the region: arranged by direct contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="112"/>
        <source>Overlap allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="160"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="162"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="164"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="166"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="168"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="170"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="172"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="174"/>
        <source>Status today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Placements</name>
    <message>
        <location filename="../core/placements/Placement.cpp" line="25"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="27"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="29"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="31"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="33"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="35"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="37"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="56"/>
        <source>A placement needs a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="59"/>
        <source>The placement ends on %1, before it starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="63"/>
        <source>%1 is outside the region and not in KliPP: arrange the placement by direct contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="70"/>
        <source>The interruption date must fall within the placement, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="79"/>
        <source>The placement starts on %1, before the student was born (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PlacementsPage</name>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="137"/>
        <source>Filter by student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="149"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="153"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="186"/>
        <source>&amp;Add placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="188"/>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="190"/>
        <source>&amp;Interrupt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="192"/>
        <source>P&amp;rogrammes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="194"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="195"/>
        <source>Import placements from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="249"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="263"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="288"/>
        <source>Placements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="289"/>
        <source>Placements: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="332"/>
        <source>History: choose a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="339"/>
        <source>History of the placement of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PolicySettings</name>
    <message>
        <location filename="../core/policy/Policy.cpp" line="46"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="54"/>
        <source>From KliPP registration to the JoBSH link (data reaches Lärtorget in 2–3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="57"/>
        <source>From the JoBSH link to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="59"/>
        <source>From JoBSH completion to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="61"/>
        <source>From JoBSH completion to the card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="62"/>
        <source>A card order is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="65"/>
        <source>Warn about a card order without photo from day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="66"/>
        <source>A card is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="66"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="68"/>
        <source>Ask for a new card this long before the old one ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="70"/>
        <source>Between the steps to EK H (passport copy, placement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="72"/>
        <source>From the placement sent to EK H to the HSA-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="74"/>
        <source>From the HSA-ID to KliPP registration (no personal number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="76"/>
        <source>From the certificate to the choice of card (card from another region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="78"/>
        <source>From the certificate to the temporary card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="80"/>
        <source>From the temporary card order to telling the student how to collect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="82"/>
        <source>From telling the student to the temporary card collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="83"/>
        <source>A temporary card is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="84"/>
        <location filename="../core/policy/Policy.cpp" line="86"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="86"/>
        <source>A temporary card can be extended to at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="88"/>
        <source>Remind before a temporary card ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="90"/>
        <source>Warn this long before a placement that the student is not ready for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="92"/>
        <source>Compensation basis counts (0 calendar days, 1 weeks as days/7, 2 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="96"/>
        <source>No JoBSH link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="97"/>
        <source>No card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="98"/>
        <source>Card order lapsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="99"/>
        <source>Card order lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="100"/>
        <source>Card expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="101"/>
        <source>JoBSH not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="102"/>
        <source>No certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="103"/>
        <source>No passport copy to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="104"/>
        <source>No placement to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="105"/>
        <source>No HSA-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="106"/>
        <source>Not registered in KliPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="107"/>
        <source>No choice of card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="108"/>
        <source>No temporary card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="109"/>
        <source>Not told how to collect the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="110"/>
        <source>Temporary card not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="111"/>
        <source>Temporary card ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="112"/>
        <source>New card after a name change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="113"/>
        <source>Student not ready for a placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="119"/>
        <source>Second reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Presentation</name>
    <message>
        <location filename="../ui/Presentation.cpp" line="63"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="65"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="71"/>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="76"/>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::PrivacyGate</name>
    <message>
        <location filename="../core/privacy/PrivacyGate.cpp" line="9"/>
        <source>(protected identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/privacy/PrivacyGate.cpp" line="11"/>
        <source>Protected identity: shown by alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/privacy/PrivacyGate.cpp" line="17"/>
        <source>KliPP secrecy: name and contact details are not given to the unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ProgrammeNotesBox</name>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="17"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="23"/>
        <source>The programme&apos;s own routine, for every student of it: whom to ask, what to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="44"/>
        <source>Routine notes of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="45"/>
        <source>Routine notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="65"/>
        <source>Saved the routine notes of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Programmes</name>
    <message>
        <location filename="../core/placements/Programme.cpp" line="56"/>
        <source>Ordered through KliPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="58"/>
        <source>Pre-reserved places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="60"/>
        <source>Direct contact with the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="62"/>
        <source>The programme&apos;s own clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="93"/>
        <source>Paid from KliPP&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="95"/>
        <source>Paid from ALF funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="97"/>
        <source>Own clinic, no payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::ProgrammesDialog</name>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="34"/>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="37"/>
        <source>How each programme gets its placements and who pays the units. Only KliPP-paid programmes count in the compensation total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Ordering route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="52"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="76"/>
        <source>No programme yet: import a Ladok list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="136"/>
        <source>No programme changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="137"/>
        <source>Programmes saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Protections</name>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="36"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="38"/>
        <source>Protected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="40"/>
        <source>Protected identity (alias)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>The numbers of the routine. They are kept in the data file, so everyone who shares it works by the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="50"/>
        <source>Reset &amp;all to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="73"/>
        <source>Waiting times and validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="78"/>
        <source>Second reminder: an action counts as soon this many days before it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="96"/>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="101"/>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="163"/>
        <source>Saved the settings. Today and the students follow the new numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::SettingsStore</name>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="47"/>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="55"/>
        <location filename="../core/storage/SettingsStore.cpp" line="81"/>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StepRecorder</name>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="24"/>
        <source>Every step of the track is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="34"/>
        <source>The day the step happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="35"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="47"/>
        <source>Back to the next step of the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="56"/>
        <source>Record another step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="59"/>
        <source>Record a step out of order, a change of name or a longer temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="103"/>
        <source>%1 (recorded %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="143"/>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StepValueInput</name>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="31"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="40"/>
        <source>As long as allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="41"/>
        <source>The card&apos;s new last day. The lowest choice means as long as the routine allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="46"/>
        <source>What changed, e.g. the family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="79"/>
        <source>&amp;HSA-ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="83"/>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="87"/>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="98"/>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::Steps</name>
    <message>
        <location filename="../core/journey/Step.cpp" line="16"/>
        <source>Registered in KliPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="17"/>
        <source>The coordinator registered the student in KliPP; EK then creates the HSA-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="20"/>
        <source>HSA-ID recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="21"/>
        <source>The student&apos;s HSA-ID from the region&apos;s catalogue (EK) is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="23"/>
        <source>JoBSH link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="24"/>
        <source>The student has the link to the JoBSH course on Lärtorget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="25"/>
        <source>JoBSH completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="26"/>
        <source>The student finished the JoBSH course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="28"/>
        <source>Certificate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="29"/>
        <source>The coordinator has the student&apos;s JoBSH certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="30"/>
        <source>Card ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="31"/>
        <source>A staff card (eTjänstekort) is ordered; the order is valid 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="33"/>
        <source>Photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="34"/>
        <source>The student was photographed at the card office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="35"/>
        <source>Card activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="36"/>
        <source>The card was activated at the card office; it is valid 4 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="39"/>
        <source>Passport copy sent to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="40"/>
        <source>A copy of the student&apos;s passport was sent to EK H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="42"/>
        <source>Placement sent to EK H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="43"/>
        <source>EK H was told the unit and the exact dates of the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="46"/>
        <source>Enrolled in JoBSH on Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="47"/>
        <source>The student was added to the English JoBSH course on Canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="50"/>
        <source>Temporary card ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="51"/>
        <source>A temporary card without photo was ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="53"/>
        <source>Told how to collect the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="54"/>
        <source>The student was told to collect the card at the card office with the same identity document as the EK record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="58"/>
        <source>Temporary card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="59"/>
        <source>The student collected the temporary card; it is valid 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="62"/>
        <source>Temporary card extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="63"/>
        <source>The temporary card was extended (12 months in all at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="65"/>
        <source>Card chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="66"/>
        <source>For a card from another region: a new card or a temporary card was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="69"/>
        <source>Name changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="70"/>
        <source>The student changed family name or a given name; the card must be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StorageError</name>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="18"/>
        <source>Another VFU Desk is writing to the data file just now, so nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="21"/>
        <source>The data file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentFactsBox</name>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="31"/>
        <source>What is known about the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="33"/>
        <source>Wh&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="36"/>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="38"/>
        <source>KliPP&apos;s &amp;secrecy switch is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="39"/>
        <source>E&amp;xchange student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="40"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="41"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="47"/>
        <source>Why the track changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="53"/>
        <source>The only name lists may show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="59"/>
        <source>Do not enter an address in KliPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="61"/>
        <source>Lists and exports show only the alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="64"/>
        <source>The unit&apos;s list will lack the student&apos;s name and contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="81"/>
        <source>&amp;Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="85"/>
        <source>&amp;Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="114"/>
        <source>Follows the identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="116"/>
        <source>The identity number gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentImport</name>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="163"/>
        <source>The field holds %1 characters; at most %2 are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="169"/>
        <source>A control character (U+%1) stands at character %2; the field must be plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImportSource.cpp" line="105"/>
        <source>%1: no header with a column of identity numbers was found in the first %2 lines (looked for &quot;Personnummer (Student)&quot;, &quot;Personnummer&quot; or &quot;Identity&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="67"/>
        <source>At character %1 the field holds %2; correct it in the file and import the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImportSource.cpp" line="88"/>
        <source>%1, line %2, column %3: the header &quot;%4&quot; holds %5; correct it in the file and import the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="207"/>
        <source>identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="209"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="211"/>
        <source>given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="213"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="215"/>
        <source>programme code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="217"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="232"/>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="234"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="236"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="238"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="248"/>
        <source>No column is chosen for the identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="250"/>
        <source>No column is chosen for the family name or the given names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="293"/>
        <location filename="../core/io/StudentImport.cpp" line="304"/>
        <source>The line has %1 fields but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="313"/>
        <source>The identity number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="334"/>
        <source>The student has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="357"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/StudentImport.cpp" line="397"/>
        <source>The same person is also on line(s) %1 with different data.</source>
        <translation>
            <numerusform>The same person is also on line %1 with different data.</numerusform>
            <numerusform>The same person is also on lines %1 with different data.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="408"/>
        <source>The same as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="514"/>
        <source>The student on line %1 was added to the data file by someone else while this import was prepared; nothing was written. Import the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="526"/>
        <source>The student on line %1 was changed or removed while this import was prepared; nothing was written. Import the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="500"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentPage</name>
    <message>
        <location filename="../ui/StudentPage.cpp" line="283"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="157"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="96"/>
        <location filename="../ui/StudentPage.cpp" line="273"/>
        <source>Show real identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="147"/>
        <source>&amp;Undo last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="150"/>
        <source>Cancels the latest step in force; the history keeps both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="248"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="249"/>
        <source>No HSA-ID yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="250"/>
        <source>HSA-ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="251"/>
        <source>Track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="252"/>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="269"/>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="272"/>
        <source>Protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="273"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="311"/>
        <source>Set aside until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="316"/>
        <source>%1 — “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="328"/>
        <source>The Lärtorget login checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="400"/>
        <source>Saved what is known about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="285"/>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="300"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentPlacementsBox</name>
    <message>
        <location filename="../ui/StudentPlacementsBox.cpp" line="20"/>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPlacementsBox.cpp" line="28"/>
        <location filename="../ui/StudentPlacementsBox.cpp" line="88"/>
        <source>No placement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentPlacementsBox.cpp" line="29"/>
        <source>Add &amp;placement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentService</name>
    <message>
        <location filename="../core/StudentService.cpp" line="112"/>
        <location filename="../core/StudentServiceJourneys.cpp" line="91"/>
        <source>The student is no longer in the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="57"/>
        <source>&quot;%1&quot; is not an identity number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="62"/>
        <source>No student has the identity number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="117"/>
        <source>%1 lies before the student was born (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="127"/>
        <source>&quot;%1&quot; is already recorded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="138"/>
        <source>The date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="140"/>
        <source>%1 is in the future; record a step on the day it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="150"/>
        <source>Recording the HSA-ID needs the HSA-ID itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="160"/>
        <source>Choose &quot;new-card&quot; or &quot;temporary-card&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="170"/>
        <source>No temporary card has been issued, so none can be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="175"/>
        <source>The new last day must be a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="178"/>
        <source>A temporary card can be valid %1 months in all: until %2 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="182"/>
        <source>The card is already valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="192"/>
        <source>The step &quot;%1&quot; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="216"/>
        <source>There is no step to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="247"/>
        <source>That step is not in force, so it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="279"/>
        <source>The alias is not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="287"/>
        <source>Say why the track changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="289"/>
        <source>A protected identity needs an alias: the name that lists may show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="329"/>
        <source>Set the action aside until today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="354"/>
        <source>Import %1 was already undone on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="379"/>
        <source>%1 stays: there are later changes to the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="404"/>
        <source>%1 keeps its %2: it was changed again after this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="444"/>
        <source>Import %1 (%2) changed the %3 from &quot;%4&quot; to &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="447"/>
        <source>Added by import %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="455"/>
        <source>Import %1 (%2) was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="473"/>
        <source>Undone: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="475"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="477"/>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="487"/>
        <source>Changed %1 from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="489"/>
        <source> (why: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="497"/>
        <source>Set aside until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentStore</name>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="299"/>
        <source>A student with this identity number is stored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="557"/>
        <source>The change could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentTableModel</name>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="211"/>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="213"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="215"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="217"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="219"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="221"/>
        <source>Next due action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="223"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::StudentsPage</name>
    <message>
        <location filename="../ui/StudentsPage.cpp" line="29"/>
        <source>Filter by name, identity number or HSA-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StudentsPage.cpp" line="129"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StudentsPage.cpp" line="130"/>
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 of %n student</numerusform>
            <numerusform>%1 of %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::TodayDetail</name>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="20"/>
        <source>Choose an action to see why it is due and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="29"/>
        <source>Open student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="32"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="60"/>
        <location filename="../ui/TodayDetail.cpp" line="142"/>
        <source>Record: %1, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="71"/>
        <source>The action stays off Today up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="72"/>
        <source>Set aside &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="75"/>
        <source>Note, e.g. student mailed, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="123"/>
        <source>%1 · %2 · due %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="136"/>
        <source>If the student cannot log in to Lärtorget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="182"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="198"/>
        <source>Set aside until %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::TodayModel</name>
    <message>
        <location filename="../ui/TodayModel.cpp" line="147"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="149"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="151"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="217"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="293"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="295"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="297"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="299"/>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="301"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="303"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::TodayPage</name>
    <message>
        <location filename="../ui/TodayPage.cpp" line="48"/>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="50"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="91"/>
        <source>Nothing is due. Every student is on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="131"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="154"/>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="156"/>
        <location filename="../ui/TodayPage.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="165"/>
        <source>All actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="187"/>
        <source>Due: %1 — overdue %2, this week %3, later %4. Select one to see why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="195"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due, most urgent first. Open one to see the student.</source>
        <translation type="vanished">
            <numerusform>%n action due, most urgent first. Open one to see the student.</numerusform>
            <numerusform>%n actions due, most urgent first. Open one to see the student.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::Tracks</name>
    <message>
        <location filename="../core/journey/Track.cpp" line="47"/>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="49"/>
        <source>No Swedish personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="51"/>
        <source>Already holds a region card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="53"/>
        <source>Card from another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="75"/>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="75"/>
        <source>Temporary card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::UnitDialog</name>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="35"/>
        <source>&amp;Inside the region (in KliPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="36"/>
        <source>&amp;Outside the region (direct contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="43"/>
        <source>Add a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="43"/>
        <source>Change a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="46"/>
        <source>e.g. SE2321000016-ABCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="56"/>
        <source>name@region.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="63"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="64"/>
        <source>&amp;HSA-ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="66"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="67"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="68"/>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="69"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="70"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="73"/>
        <source>&amp;Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="73"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="139"/>
        <source>Unit %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="139"/>
        <source>Unit %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::UnitListDialog</name>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="29"/>
        <source>List for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="32"/>
        <source>The students placed at %1 in the period, as the unit may see them: protected identities by alias, and no name or contact under KliPP secrecy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="48"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="100"/>
        <source>Students on the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="114"/>
        <source>The list for %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="120"/>
        <source>%1 %2 to %3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="125"/>
        <source>Export the list for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::UnitTableModel</name>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="55"/>
        <source>Not in KliPP: placements are arranged by direct contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="64"/>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="64"/>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="84"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="86"/>
        <source>HSA-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="88"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="90"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="92"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="94"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="96"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::UnitsPage</name>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="53"/>
        <source>Filter by name, HSA-ID or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="77"/>
        <source>&amp;Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="78"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="79"/>
        <source>Unit &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="80"/>
        <source>The students placed at the unit in a period, to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="82"/>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="83"/>
        <source>Import units from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="128"/>
        <source>Units: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="15"/>
        <source>Welcome to VFU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="22"/>
        <source>Start with the list of students exported from Ladok. VFU Desk shows you what it will import before anything is saved, and then follows each student from KliPP to an active staff card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="33"/>
        <source>Import a Ladok list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::WorkProgress</name>
    <message>
        <location filename="../ui/WorkProgress.cpp" line="16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WorkProgress.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfu::cli::Cli</name>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="75"/>
        <source>import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="22"/>
        <source>%1: %2, separator %3, header on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="29"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="52"/>
        <source>Postal address columns ignored, never stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="56"/>
        <source>Columns not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="59"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="64"/>
        <source> (import %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="87"/>
        <source>--kind must be students, units or placements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="132"/>
        <source>record needs IDENTITY and STEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="135"/>
        <source>&quot;%1&quot; is not a step; the steps are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="153"/>
        <source>%1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="180"/>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="208"/>
        <location filename="../app/cli/PlacementCommands.cpp" line="293"/>
        <location filename="../app/cli/PlacementCommands.cpp" line="335"/>
        <source>--format must be csv or excel-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="211"/>
        <source>export needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="243"/>
        <source>Track %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="248"/>
        <source>Track other-region-card continues with the card steps of the choice; no-personal-number may take JoBSH on Canvas (canvas-enrolled) instead of Lärtorget; name-changed and temporary-card-extended can come at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="15"/>
        <source>history needs IDENTITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="29"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="31"/>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="40"/>
        <source>undo needs IDENTITY (and --event N for another step than the last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="50"/>
        <source>--event needs the number of a step, as `history` shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="61"/>
        <source>Undone: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="88"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="94"/>
        <source>(undone %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="108"/>
        <source>undo-import needs the number of an import, as `imports` shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="117"/>
        <source>Import %1 undone: %2 students removed, %3 fields set back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="130"/>
        <source>set needs IDENTITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="137"/>
        <source>--track must be ordinary, no-personal-number, region-card, other-region-card or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="145"/>
        <source>--protection must be none, address or alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="155"/>
        <source>--%1 must be on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="170"/>
        <source>%1: track %2, protection %3, KliPP secrecy %4, exchange %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="183"/>
        <source>acknowledge needs IDENTITY and ACTION (and --until YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="188"/>
        <source>&quot;%1&quot; is not an action code; `due` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="192"/>
        <source>acknowledge needs --until YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="201"/>
        <source>%1: %2 set aside until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="218"/>
        <source>&quot;%1&quot; is not a setting; `policy` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="223"/>
        <source>policy set needs KEY and a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="228"/>
        <source>policy takes no argument, or set KEY VALUE, or reset KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="244"/>
        <source>  (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="255"/>
        <source>backup needs the FILE to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="258"/>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28"/>
        <source>Follows students from the Ladok list to a working staff card.

Commands:
  import FILE [--json]             import a Ladok student list (CSV)
  record IDENTITY STEP [--date D] [--hsa-id ID] [--choice C] [--until D] [--note TEXT]
                                   record a step of a student&apos;s journey
  steps [--json]                   the step codes, and the steps of each track
  due [--on D] [--json]            what is due, most urgent first
  list [--json]                    every student with stage
  export --format csv|excel-csv --output FILE
  history IDENTITY [--json]        every change to a student
  undo IDENTITY [--event N]        undo a student&apos;s last step (or step N)
  set IDENTITY [--track T] [--protection none|address|alias] [--alias NAME]
               [--secrecy on|off] [--exchange on|off] [--reason TEXT]
  acknowledge IDENTITY ACTION --until D [--note TEXT]   set a due action aside
  imports [--json]                 the imports made
  undo-import BATCH [--json]       undo an import
  policy [set KEY VALUE | reset KEY] [--json]   the routine&apos;s numbers
  import --kind units|placements FILE [--json]  import units or placements
  units [--json]; add-unit NAME [--hsa-id ID] [--region inside|outside] [--address A]
                 [--contact NAME] [--email E] [--phone P]
  programmes [CODE --route R --funding F] [--json]
  place IDENTITY UNIT --start D --end D [--course C] [--route R] [--reason TEXT]
  placements [--json]; placement-status PLACEMENT STATUS [--date D]
  interrupt PLACEMENT --date D --examiner NAME --reason TEXT
  compensation --from D --to D [--json] [--output FILE --format csv|excel-csv]
  unit-list UNIT --from D --to D --output FILE [--format csv|excel-csv]
  backup FILE                      write a backup of the data file
  restore FILE                     put a backup in place of the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>The data file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="64"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>The day the step happened (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>The HSA-ID, with the step hsa-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>Show what is due on this day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Act as if today were this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>csv (RFC 4180) or excel-csv (Swedish Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="76"/>
        <source>With card-choice: new-card or temporary-card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>With temporary-card-extended and acknowledge: the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>With name-changed and acknowledge: a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>With undo: the step to undo, as history shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>With set: ordinary, no-personal-number, region-card, other-region-card, or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="89"/>
        <source>With set: none, address or alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="91"/>
        <source>With set: the alias of a protected identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="93"/>
        <source>With set: KliPP&apos;s secrecy switch, on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>With set: an exchange student, on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="97"/>
        <source>With set: why (needed for a change of track).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="99"/>
        <source>With import: students (default), units or placements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>With add-unit: inside or outside the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="103"/>
        <source>With add-unit: the unit&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="105"/>
        <source>With add-unit: the contact person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="107"/>
        <source>With add-unit: the contact&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>With add-unit: the contact&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>klipp, pre-reserved, direct or own-clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>With programmes CODE: klipp, alf or own-clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>With place: the course code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>With place: the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="118"/>
        <source>With place: the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>The first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>The last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="123"/>
        <source>With interrupt: the examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="68"/>
        <source>--%1: %2 is not a date; the months are 01 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="71"/>
        <source>--%1: %2 is not a date; %3 %4 has %5 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="75"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="176"/>
        <source>&quot;%1&quot; is not a command; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="187"/>
        <source>restore needs the backup FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="193"/>
        <source>Restored %1 from %2; the file it replaced is kept as %1.before-restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="65"/>
        <source>Placement %1: %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="85"/>
        <source>inside the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="86"/>
        <source>outside the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="97"/>
        <source>add-unit needs the unit&apos;s NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="103"/>
        <source>--region must be inside or outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="115"/>
        <source>Unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="134"/>
        <location filename="../app/cli/PlacementCommands.cpp" line="200"/>
        <source>--route must be klipp, pre-reserved, direct or own-clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="142"/>
        <source>--funding must be klipp, alf or own-clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="149"/>
        <source>programmes takes no argument, or a programme CODE with --route and --funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="177"/>
        <source>place needs IDENTITY and UNIT (and --start, --end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="181"/>
        <source>place needs --start and --end as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="257"/>
        <source>placement-status needs PLACEMENT and one of planned, ordered, confirmed, ongoing, completed, cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="275"/>
        <source>interrupt needs PLACEMENT, --date YYYY-MM-DD, --examiner NAME and --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="290"/>
        <source>compensation needs --from and --to as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="332"/>
        <source>unit-list needs UNIT, --from, --to and --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
