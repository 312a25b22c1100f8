<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>Follows health-care students from the Ladok list to a working staff card.</source>
        <translation>Följer vårdstudenter från Ladok-listan till ett fungerande eTjänstekort.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Use the data file PATH instead of the default one.</source>
        <translation>Använd datafilen SÖKVÄG i stället för standardfilen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="33"/>
        <source>PATH</source>
        <translation>SÖKVÄG</translation>
    </message>
</context>
<context>
    <name>vfu::BackgroundWork</name>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="87"/>
        <source>The work stopped without a result.</source>
        <translation>Arbetet avslutades utan resultat.</translation>
    </message>
</context>
<context>
    <name>vfu::Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="26"/>
        <location filename="../core/storage/Backup.cpp" line="55"/>
        <source>The backup %1 could not be written: %2</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="37"/>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 finns redan; välj ett nytt namn för säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="40"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="67"/>
        <source>The backup %1 could not be written.</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="77"/>
        <source>There is no backup %1.</source>
        <translation>Det finns ingen säkerhetskopia %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="83"/>
        <source>The backup %1 could not be read.</source>
        <translation>Säkerhetskopian %1 kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="94"/>
        <source>The backup cannot be restored: %1</source>
        <translation>Säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="103"/>
        <source>%1 is damaged and cannot be restored.</source>
        <translation>%1 är skadad och kan inte återställas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="128"/>
        <source>The copy %1 that an earlier restore kept could not be moved aside; nothing was changed.</source>
        <translation>Kopian %1 som en tidigare återställning sparade kunde inte flyttas undan; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="142"/>
        <source>The data file %1 could not be moved aside; nothing was changed.</source>
        <translation>Datafilen %1 kunde inte flyttas undan; inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../core/storage/Backup.cpp" line="153"/>
        <source>The backup could not be put in place; the data file is as it was.</source>
        <translation>Säkerhetskopian kunde inte läggas på plats; datafilen är oförändrad.</translation>
    </message>
</context>
<context>
    <name>vfu::BackupCommands</name>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="27"/>
        <source>VFU Desk backups (*.sqlite);;All files (*)</source>
        <translation>Säkerhetskopior av VFU Desk (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="46"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="49"/>
        <source>&amp;Restore from backup…</source>
        <translation>Åter&amp;ställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="65"/>
        <source>vfudesk-backup-%1.sqlite</source>
        <translation>vfudesk-sakerhetskopia-%1.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="68"/>
        <source>Back up the data file</source>
        <translation>Säkerhetskopiera datafilen</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="82"/>
        <source>The data file is backed up to %1.</source>
        <translation>Datafilen är säkerhetskopierad till %1.</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="89"/>
        <location filename="../ui/BackupCommands.cpp" line="102"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="103"/>
        <source>The data in %1 will be replaced by the backup %2.

The current data is kept as %3.</source>
        <translation>Uppgifterna i %1 ersätts av säkerhetskopian %2.

De nuvarande uppgifterna sparas som %3.</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="106"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="113"/>
        <source>The data file cannot be opened</source>
        <translation>Datafilen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../ui/BackupCommands.cpp" line="125"/>
        <source>Restored the backup %1; the data it replaced is kept as %2.</source>
        <translation>Återställde säkerhetskopian %1; uppgifterna som ersattes finns kvar som %2.</translation>
    </message>
</context>
<context>
    <name>vfu::Compensation</name>
    <message>
        <location filename="../core/placements/Compensation.cpp" line="87"/>
        <source>Calendar days</source>
        <translation>Kalenderdagar</translation>
    </message>
    <message>
        <location filename="../core/placements/Compensation.cpp" line="89"/>
        <source>Weeks (calendar days / 7)</source>
        <translation>Veckor (kalenderdagar / 7)</translation>
    </message>
    <message>
        <location filename="../core/placements/Compensation.cpp" line="91"/>
        <source>Working days (weeks of 5)</source>
        <translation>Arbetsdagar (femdagarsveckor)</translation>
    </message>
</context>
<context>
    <name>vfu::CompensationModel</name>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="68"/>
        <source>Unit</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="70"/>
        <source>HSA-ID</source>
        <translation>HSA-id</translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="72"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="74"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="76"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../ui/CompensationModel.cpp" line="78"/>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
</context>
<context>
    <name>vfu::CompensationPage</name>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="36"/>
        <source>Not in the total: paid from ALF funds or by an own clinic</source>
        <translation>Ingår inte i summan: betalas med ALF-medel eller inom egen klinik</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="40"/>
        <source>Compensation basis for units</source>
        <translation>Ersättningsunderlag för verksamheter</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="54"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="56"/>
        <source>Write the basis as CSV for the finance office</source>
        <translation>Spara underlaget som CSV-fil till ekonomiavdelningen</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="134"/>
        <source>Counted as: %1. Cancelled placements are left out; interrupted ones count to the interruption.</source>
        <translation>Räknat som: %1. Avbokade placeringar räknas inte med; avbrutna räknas fram till avbrottet.</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="137"/>
        <source>KliPP total: %1 days, %2 weeks</source>
        <translation>Summa KliPP: %1 dagar, %2 veckor</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="155"/>
        <source>The compensation basis was written to %1.</source>
        <translation>Ersättningsunderlaget sparades i %1.</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="162"/>
        <source>compensation %1 to %2.csv</source>
        <translation>ersättningsunderlag %1 till %2.csv</translation>
    </message>
    <message>
        <location filename="../ui/CompensationPage.cpp" line="165"/>
        <source>Export the compensation basis</source>
        <translation>Exportera ersättningsunderlaget</translation>
    </message>
</context>
<context>
    <name>vfu::CsvFile</name>
    <message>
        <location filename="../core/io/CsvFile.cpp" line="29"/>
        <source>%1 is a database, not a list; nothing was written. Choose another file for the list.</source>
        <translation>%1 är en databas, inte en lista; inget skrevs. Välj en annan fil för listan.</translation>
    </message>
    <message>
        <location filename="../core/io/CsvFile.cpp" line="35"/>
        <location filename="../core/io/CsvFile.cpp" line="43"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <location filename="../core/io/CsvFile.cpp" line="40"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>vfu::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="311"/>
        <source>Line %1, column %2</source>
        <translation>Rad %1, kolumn %2</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="312"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, rad %2, kolumn %3</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="314"/>
        <source>%1: a quoted field starts here and has no closing quote, so the rest of the file cannot be read.</source>
        <translation>%1: ett fält inom citattecken börjar här och saknar avslutande citattecken, så resten av filen kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="326"/>
        <source>Could not open the file %1: %2</source>
        <translation>Kunde inte öppna filen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="333"/>
        <source>Could not read the file %1: %2</source>
        <translation>Kunde inte läsa filen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="370"/>
        <source>bytes that are no character in the file&apos;s encoding (%1, shown as %2)</source>
        <translation>byte som inte är något tecken i filens teckenkodning (%1, visas som %2)</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="372"/>
        <source>the character %1, which a program writes where it could not read a letter</source>
        <translation>tecknet %1, som ett program skriver där det inte kunde läsa en bokstav</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="382"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
</context>
<context>
    <name>vfu::CsvSaveChooser</name>
    <message>
        <location filename="../ui/CsvSaveChooser.cpp" line="11"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/CsvSaveChooser.cpp" line="12"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>vfu::DataFileLock</name>
    <message>
        <location filename="../core/storage/DataFileLock.cpp" line="26"/>
        <source>%1 is already open in VFU Desk (process %2 on %3). Close it there first: two windows on one data file would overwrite each other&apos;s work.</source>
        <translation>%1 är redan öppen i VFU Desk (process %2 på %3). Stäng den där först: två fönster mot samma datafil skulle skriva över varandras arbete.</translation>
    </message>
    <message>
        <location filename="../core/storage/DataFileLock.cpp" line="32"/>
        <source>%1 could not be locked for use; check that its folder can be written.</source>
        <translation>%1 kunde inte låsas för användning; kontrollera att det går att skriva i mappen.</translation>
    </message>
</context>
<context>
    <name>vfu::DataSession</name>
    <message>
        <location filename="../ui/DataSession.cpp" line="21"/>
        <source>The data file %1 cannot be opened.

%2</source>
        <translation>Datafilen %1 kan inte öppnas.

%2</translation>
    </message>
    <message>
        <location filename="../ui/DataSession.cpp" line="31"/>
        <source>VFU Desk cannot start</source>
        <translation>VFU Desk kan inte starta</translation>
    </message>
    <message>
        <location filename="../ui/DataSession.cpp" line="80"/>
        <source>This window did not open %1, so it cannot put a backup in its place.</source>
        <translation>Det här fönstret öppnade inte %1 och kan därför inte ersätta den med en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../ui/DataSession.cpp" line="89"/>
        <source>The data file %1 could not be opened again.

%2</source>
        <translation>Datafilen %1 kunde inte öppnas igen.

%2</translation>
    </message>
</context>
<context>
    <name>vfu::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="106"/>
        <source>No data file was given.</source>
        <translation>Ingen datafil angavs.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="111"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="113"/>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="115"/>
        <source>The data file %1 is read-only; VFU Desk needs to write to it.</source>
        <translation>Datafilen %1 är skrivskyddad; VFU Desk måste kunna skriva till den.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="120"/>
        <source>The folder %1 cannot be written; VFU Desk needs to keep a journal beside the data file there.</source>
        <translation>Det går inte att skriva i mappen %1; VFU Desk behöver spara en journalfil bredvid datafilen där.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="125"/>
        <source>The data file %1 could not be created.</source>
        <translation>Datafilen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="133"/>
        <source>The data file %1 could not be opened: %2</source>
        <translation>Datafilen %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="138"/>
        <source>%1 is not a VFU Desk data file (it is not a database).</source>
        <translation>%1 är ingen datafil för VFU Desk (det är ingen databas).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="157"/>
        <source>The data file could not be prepared: %1</source>
        <translation>Datafilen kunde inte förberedas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="147"/>
        <source>%1 is a database, but not a VFU Desk data file.</source>
        <translation>%1 är en databas, men ingen datafil för VFU Desk.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="197"/>
        <source>The version of the data file could not be read.</source>
        <translation>Datafilens version kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="201"/>
        <source>%1 was written by a newer version of VFU Desk (data format %2; this version knows up to %3). Update VFU Desk to open it.</source>
        <translation>%1 har skrivits av en nyare version av VFU Desk (dataformat %2; den här versionen klarar upp till %3). Uppdatera VFU Desk för att öppna den.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="215"/>
        <source>The data file was not updated, because no backup could be taken first: %1</source>
        <translation>Datafilen uppdaterades inte, eftersom det inte gick att göra en säkerhetskopia först: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="182"/>
        <location filename="../core/storage/Database.cpp" line="225"/>
        <location filename="../core/storage/Database.cpp" line="259"/>
        <source>The data file could not be updated: %1</source>
        <translation>Datafilen kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="240"/>
        <location filename="../core/storage/Database.cpp" line="254"/>
        <source>The data file could not be updated to version %1: %2</source>
        <translation>Datafilen kunde inte uppdateras till version %1: %2</translation>
    </message>
</context>
<context>
    <name>vfu::ErrorBanner</name>
    <message>
        <location filename="../ui/ErrorBanner.cpp" line="33"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>vfu::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="43"/>
        <source>%1 (undone)</source>
        <translation>%1 (ångrat)</translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="45"/>
        <source>%1 (import undone)</source>
        <translation>%1 (importen ångrad)</translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="68"/>
        <source>Right-click to undo this step</source>
        <translation>Högerklicka för att ångra steget</translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="105"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="107"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="109"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
</context>
<context>
    <name>vfu::HistoryPanel</name>
    <message>
        <location filename="../ui/HistoryPanel.cpp" line="19"/>
        <location filename="../ui/HistoryPanel.cpp" line="107"/>
        <source>Undo this step</source>
        <translation>Ångra det här steget</translation>
    </message>
    <message>
        <location filename="../ui/HistoryPanel.cpp" line="44"/>
        <source>Cancels the selected step; the history keeps both</source>
        <translation>Upphäver det valda steget; båda finns kvar i historiken</translation>
    </message>
</context>
<context>
    <name>vfu::HsaId</name>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="36"/>
        <source>An HSA-ID cannot contain &apos;@&apos;; it is not an e-mail address.</source>
        <translation>Ett HSA-id kan inte innehålla ”@”; det är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="40"/>
        <source>An HSA-ID cannot contain &apos;%1&apos;; it uses the letters A to Z only.</source>
        <translation>Ett HSA-id kan inte innehålla ”%1”; det får bara innehålla bokstäverna A–Z.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="50"/>
        <source>An HSA-ID starts with the country code SE.</source>
        <translation>Ett HSA-id börjar med landskoden SE.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="55"/>
        <source>After SE come the 10 digits of an organisation number.</source>
        <translation>Efter SE kommer organisationsnumrets 10 siffror.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="61"/>
        <source>The organisation number %1 is not valid: its check digit should be %2, not %3.</source>
        <translation>Organisationsnumret %1 är ogiltigt: kontrollsiffran ska vara %2, inte %3.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="74"/>
        <source>A hyphen must follow the organisation number, as in SE2321000016-ABCD.</source>
        <translation>Efter organisationsnumret ska det stå ett bindestreck, som i SE2321000016-ABCD.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="79"/>
        <source>The part after the hyphen is missing.</source>
        <translation>Delen efter bindestrecket saknas.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="82"/>
        <source>After the hyphen an HSA-ID holds only the letters A to Z and digits, not &apos;%1&apos;.</source>
        <translation>Efter bindestrecket får ett HSA-id bara innehålla bokstäverna A–Z och siffror, inte ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/identity/HsaId.cpp" line="96"/>
        <source>The HSA-ID is empty.</source>
        <translation>HSA-id:t är tomt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/HsaId.cpp" line="104"/>
        <source>An HSA-ID has at most 31 characters; this has %n.</source>
        <translation>
            <numerusform>Ett HSA-id har högst 31 tecken; det här har %n.</numerusform>
            <numerusform>Ett HSA-id har högst 31 tecken; det här har %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::IdentityNumber</name>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="28"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="29"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="30"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="31"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="32"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="33"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="34"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="35"/>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="36"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="37"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="38"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="39"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="115"/>
        <source>An identity number has no spaces inside; write &apos;-&apos; before the last four digits, or &apos;+&apos; for a person aged 100 or more.</source>
        <translation>Ett personnummer har inga mellanslag; skriv ”-” före de fyra sista siffrorna, eller ”+” för den som är 100 år eller äldre.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="122"/>
        <source>An identity number has only one separator, &apos;-&apos; or &apos;+&apos;.</source>
        <translation>Ett personnummer har bara ett skiljetecken, ”-” eller ”+”.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="91"/>
        <source>The character &apos;%1&apos; does not belong in an identity number.</source>
        <translation>Tecknet ”%1” hör inte hemma i ett personnummer.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="87"/>
        <source>An invisible character (U+%1) stands in the identity number; delete it.</source>
        <translation>Ett osynligt tecken (U+%1) står i personnumret; ta bort det.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/IdentityNumber.cpp" line="138"/>
        <source>An identity number has 10 or 12 digits; this has %n.</source>
        <translation>
            <numerusform>Ett personnummer har 10 eller 12 siffror; det här har %n.</numerusform>
            <numerusform>Ett personnummer har 10 eller 12 siffror; det här har %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="143"/>
        <source>The &apos;%1&apos; must stand right before the last four digits.</source>
        <translation>”%1” ska stå direkt före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="160"/>
        <source>The letter %1 is out of place: only the first of the last four characters can be a letter, as in an interim number.</source>
        <translation>Bokstaven %1 står på fel plats: bara det första av de fyra sista tecknen kan vara en bokstav, som i ett interimsnummer.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="166"/>
        <source>The letter %1 is not used in interim numbers; they use T, R, S, U, W, X, J, K, L, M or N.</source>
        <translation>Bokstaven %1 används inte i interimsnummer; där används T, R, S, U, W, X, J, K, L, M eller N.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="209"/>
        <source>Month %1 does not exist.</source>
        <translation>Månad %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="212"/>
        <source>Day %1 does not exist, not even in a coordination number (61 to 91).</source>
        <translation>Dag %1 finns inte, inte ens i ett samordningsnummer (61–91).</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="218"/>
        <source>Day %1 does not exist; a coordination number adds 60 to the day (61 to 91).</source>
        <translation>Dag %1 finns inte; i ett samordningsnummer läggs 60 till dagen (61–91).</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="224"/>
        <source>Month 00 does not exist; only a coordination number may leave the month unknown.</source>
        <translation>Månad 00 finns inte; bara ett samordningsnummer kan ha okänd månad.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="229"/>
        <source>Day 00 does not exist; only a coordination number may leave the day unknown (as 60).</source>
        <translation>Dag 00 finns inte; bara ett samordningsnummer kan ha okänd dag (som 60).</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="239"/>
        <source>There is no 29 February in %1.</source>
        <translation>Det finns ingen 29 februari år %1.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="242"/>
        <source>There is no %1 %2.</source>
        <translation>Det finns ingen %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="254"/>
        <source>Century %1 does not occur in identity numbers; only 18, 19 and 20 do.</source>
        <translation>Århundradet %1 förekommer inte i personnummer; bara 18, 19 och 20 gör det.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="260"/>
        <source>The birth year %1 lies in the future.</source>
        <translation>Födelseåret %1 ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="262"/>
        <source>The birth date lies after today.</source>
        <translation>Födelsedatumet ligger efter dagens datum.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="265"/>
        <source>A &apos;+&apos; marks a person who turns 100 this year or is older, but someone born in %1 is younger.</source>
        <translation>”+” betyder att personen fyller 100 i år eller är äldre, men den som är född %1 är yngre.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="277"/>
        <source>The birth number 000 does not exist; it runs from 001 to 999.</source>
        <translation>Födelsenumret 000 finns inte; det går från 001 till 999.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="292"/>
        <source>The check digit should be %1, not %2.</source>
        <translation>Kontrollsiffran ska vara %1, inte %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="329"/>
        <source>Someone born in %1 would be %2 years old this year; an identity number of someone over %3 is taken to be mistyped.</source>
        <translation>Den som är född %1 skulle fylla %2 år i år; ett personnummer för någon över %3 år antas vara felskrivet.</translation>
    </message>
    <message>
        <source>Someone born in %1 turns 200 or more this year; an identity number&apos;s &apos;+&apos; covers only 100 to 199 years.</source>
        <translation type="vanished">Den som är född %1 fyller 200 år eller mer i år; ett personnummers plustecken täcker bara 100 till 199 år.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="304"/>
        <source>The identity number is empty.</source>
        <translation>Personnumret är tomt.</translation>
    </message>
</context>
<context>
    <name>vfu::ImportBatchModel</name>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="69"/>
        <source>Undone %1 by %2</source>
        <translation>Ångrad %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="70"/>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="95"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="113"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="115"/>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="117"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="119"/>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="121"/>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="123"/>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="125"/>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <location filename="../ui/ImportBatchModel.cpp" line="127"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vfu::ImportBatches</name>
    <message>
        <source>The data file could not be read or written: %1</source>
        <translation type="vanished">Datafilen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/ImportBatches.cpp" line="77"/>
        <source>There is no import %1.</source>
        <translation>Det finns ingen import %1.</translation>
    </message>
</context>
<context>
    <name>vfu::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="42"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="44"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="46"/>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="59"/>
        <source>No line is rejected or changed.</source>
        <translation>Ingen rad avvisas eller ändras.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="63"/>
        <location filename="../ui/ImportDialog.cpp" line="194"/>
        <source>Import a Ladok list</source>
        <translation>Importera en Ladok-lista</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="89"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="108"/>
        <source>What the import will do</source>
        <translation>Det här gör importen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="125"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="133"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="134"/>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="135"/>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="136"/>
        <source>Header:</source>
        <translation>Rubrikrad:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="137"/>
        <source>Above the header:</source>
        <translation>Ovanför rubrikraden:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="139"/>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Välj en annan fil…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="149"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="160"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="183"/>
        <source>Line %1, %n column(s)</source>
        <translation>
            <numerusform>Rad %1, %n kolumn</numerusform>
            <numerusform>Rad %1, %n kolumner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="185"/>
        <source>Nothing</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="195"/>
        <source>Lists from Ladok (*.csv *.txt);;All files (*)</source>
        <translation>Listor från Ladok (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="214"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="255"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="273"/>
        <source>Postal address columns, ignored and never stored: %1</source>
        <translation>Kolumner med postadress, som ignoreras och aldrig sparas: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="276"/>
        <source>Not imported: %1</source>
        <translation>Importeras inte: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="285"/>
        <source>Imported %1: %2.</source>
        <translation>Importerade %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="312"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>vfu::ImportLinesModel</name>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="25"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="90"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="92"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="94"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="96"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="98"/>
        <source>Reason or change</source>
        <translation>Orsak eller ändring</translation>
    </message>
</context>
<context>
    <name>vfu::ImportReportModel</name>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="61"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="63"/>
        <source>Fate</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="65"/>
        <source>Unit or student</source>
        <translation>Verksamhet eller student</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="67"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../ui/ImportReportModel.cpp" line="69"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>vfu::ImportsPage</name>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="25"/>
        <source>No list has been imported yet.</source>
        <translation>Ingen lista har importerats än.</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="26"/>
        <source>Undo this import…</source>
        <translation>Ångra den här importen…</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="31"/>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="37"/>
        <source>Every Ladok list imported into this data file. Undoing an import removes the students it added and sets back the fields it changed; what was changed by hand since is kept.</source>
        <translation>Alla Ladok-listor som har importerats till den här datafilen. Om du ångrar en import tas studenterna som den lade till bort och fälten som den ändrade återställs; det som har ändrats för hand sedan dess behålls.</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="133"/>
        <source>Undo the import of %1 from %2?

The students it added (%3) leave the data file, unless they were changed since; the fields it changed go back.</source>
        <translation>Ångra importen av %1 från %2?

Studenterna som den lade till (%3) tas bort ur datafilen, om de inte har ändrats sedan dess; fälten som den ändrade återställs.</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="137"/>
        <source>Undo import</source>
        <translation>Ångra import</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="146"/>
        <source>Undid the import of %1. Students removed: %2. Fields set back: %3.</source>
        <translation>Importen av %1 är ångrad. Borttagna studenter: %2. Återställda fält: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ImportsPage.cpp" line="151"/>
        <source>Kept:</source>
        <translation>Behölls:</translation>
    </message>
</context>
<context>
    <name>vfu::InterruptDialog</name>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="32"/>
        <source>Interrupt a placement</source>
        <translation>Avbryt en placering</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="37"/>
        <source>%1 at %2, %3 to %4</source>
        <translation>%1 vid %2, %3–%4</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="51"/>
        <source>The examiner who stopped the placement</source>
        <translation>Examinatorn som avbröt placeringen</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="53"/>
        <source>Why the placement was stopped</source>
        <translation>Varför placeringen avbröts</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="57"/>
        <source>Placement:</source>
        <translation>Placering:</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="58"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="59"/>
        <source>&amp;Examiner:</source>
        <translation>&amp;Examinator:</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="63"/>
        <source>&amp;Interrupt</source>
        <translation>&amp;Notera avbrott</translation>
    </message>
    <message>
        <location filename="../ui/InterruptDialog.cpp" line="85"/>
        <source>The placement of %1 was interrupted on %2.</source>
        <translation>Placeringen för %1 avbröts den %2.</translation>
    </message>
</context>
<context>
    <name>vfu::Journey</name>
    <message>
        <location filename="../core/journey/Journey.cpp" line="82"/>
        <source>Registered in KliPP on %1 and no JoBSH access by %2. Send the link to Lärtorget (the HSA-ID is the user name) or enrol the student in the English course on Canvas.</source>
        <translation>Registrerad i KliPP den %1, men har inte fått tillgång till JoBSH (senast %2). Skicka länken till Lärtorget (HSA-id:t är användarnamnet) eller lägg till studenten i den engelska kursen på Canvas.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="87"/>
        <source>Registered in KliPP on %1 and no JoBSH link sent by %2. Check that the student has reached Lärtorget, then send the link.</source>
        <translation>Registrerad i KliPP den %1, men ingen JoBSH-länk är skickad (senast %2). Kontrollera att studentens uppgifter har kommit över till Lärtorget och skicka sedan länken.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="91"/>
        <source>JoBSH was opened to the student on %1 and is not completed by %2. Check that the student can log in (see the checklist).</source>
        <translation>JoBSH öppnades för studenten den %1 men är inte genomförd (senast %2). Kontrollera att studenten kan logga in (se checklistan).</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="96"/>
        <source>JoBSH was completed on %1 and no certificate has come by %2. Ask the student to generate the certificate and send it.</source>
        <translation>JoBSH genomfördes den %1 men inget intyg har kommit (senast %2). Be studenten generera intyget och skicka det.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="101"/>
        <source>A new card was chosen on %1 but no card order was recorded by %2. Order the card by hand.</source>
        <translation>Nytt kort valdes den %1 men ingen kortbeställning är noterad (senast %2). Beställ kortet manuellt.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="104"/>
        <source>JoBSH was completed on %1 but no card order was recorded by %2. The order is normally placed automatically: check KliPP and order the card by hand if it is missing.</source>
        <translation>JoBSH genomfördes den %1 men ingen kortbeställning är noterad (senast %2). Beställningen görs normalt automatiskt: kontrollera i KliPP och beställ kortet manuellt om den saknas.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="110"/>
        <source>The student was added on %1 and no passport copy was sent to EK H by %2. Send EK H a copy of the passport.</source>
        <translation>Studenten lades till den %1 men ingen passkopia har skickats till EK H (senast %2). Skicka en kopia av passet till EK H.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="115"/>
        <source>The passport copy went to EK H on %1 and the placement was not sent by %2. Tell EK H the unit and the exact dates.</source>
        <translation>Passkopian skickades till EK H den %1 men placeringen har inte skickats (senast %2). Meddela EK H verksamheten och de exakta datumen.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="120"/>
        <source>The placement went to EK H on %1 and no HSA-ID had come back by %2. Ask EK H for the HSA-ID.</source>
        <translation>Placeringen skickades till EK H den %1 men inget HSA-id har kommit tillbaka (senast %2). Fråga EK H efter HSA-id:t.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="125"/>
        <source>The HSA-ID came on %1 and the student was not registered in KliPP by %2. Register the student; a T-number is not carried over to EK by itself.</source>
        <translation>HSA-id:t kom den %1 men studenten är inte registrerad i KliPP (senast %2). Registrera studenten; ett T-nummer förs inte över till EK automatiskt.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="130"/>
        <source>The certificate came on %1 and no card was chosen by %2. The student holds a card from another region: choose a new card or a temporary card.</source>
        <translation>Intyget kom den %1 men inget kort har valts (senast %2). Studenten har kort från en annan region: välj nytt kort eller tillfälligt kort.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="135"/>
        <source>Since %1 the student waits for a temporary card, and none was ordered by %2. Order a temporary card without photo.</source>
        <translation>Studenten väntar sedan den %1 på ett tillfälligt kort, men inget är beställt (senast %2). Beställ ett tillfälligt kort utan foto.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="140"/>
        <source>The temporary card was ordered on %1 and the student was not told how to collect it by %2. Tell the student to bring the same identity document as the EK record to the card office.</source>
        <translation>Det tillfälliga kortet beställdes den %1 men studenten har inte fått besked om hur det hämtas ut (senast %2). Be studenten ta med samma legitimationshandling som EK-posten bygger på till Kortkontoret.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="146"/>
        <source>The student was told on %1 how to collect the temporary card and had not collected it by %2. Remind the student.</source>
        <translation>Studenten fick besked den %1 om hur det tillfälliga kortet hämtas ut men har inte hämtat det (senast %2). Påminn studenten.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="328"/>
        <source>The card order of %1 lapsed on %2 without a photo. A new order is needed.</source>
        <translation>Kortbeställningen från %1 gick ut den %2 utan foto. En ny beställning behövs.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="332"/>
        <source>The card was ordered on %1 and the student is not photographed yet. The order lapses on %2: remind the student to visit the card office before then.</source>
        <translation>Kortet beställdes den %1 och studenten har inte fotograferat sig än. Beställningen går ut den %2: påminn studenten om att gå till Kortkontoret innan dess.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="348"/>
        <source>The card activated on %1 expired on %2. The student needs a new card.</source>
        <translation>Kortet som aktiverades den %1 slutade gälla den %2. Studenten behöver ett nytt kort.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="352"/>
        <source>The card activated on %1 expires on %2. The student should ask for a new card now.</source>
        <translation>Kortet som aktiverades den %1 slutar gälla den %2. Studenten bör be om ett nytt kort nu.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="365"/>
        <source>It can still be extended until %1.</source>
        <translation>Det kan fortfarande förlängas till och med %1.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="366"/>
        <source>It cannot be extended further: a new temporary card is needed.</source>
        <translation>Det kan inte förlängas mer: ett nytt tillfälligt kort behövs.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="372"/>
        <source>The temporary card issued on %1 ended on %2. %3</source>
        <translation>Det tillfälliga kortet som lämnades ut den %1 slutade gälla den %2. %3</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="376"/>
        <source>The temporary card issued on %1 is valid until %2. %3</source>
        <translation>Det tillfälliga kortet som lämnades ut den %1 gäller till och med %2. %3</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="391"/>
        <source>The name changed on %1, after the card was issued on %2. The card must be replaced: place a new order.</source>
        <translation>Namnet ändrades den %1, efter att kortet lämnades ut den %2. Kortet måste bytas ut: gör en ny beställning.</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="11"/>
        <source>The student is registered in KliPP; the data can take two to three days to reach Lärtorget.</source>
        <translation>Studenten är registrerad i KliPP; det kan ta två–tre dygn innan uppgifterna kommer över till Lärtorget.</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="13"/>
        <source>The student goes to Lärtorget and chooses Log in.</source>
        <translation>Studenten går till Lärtorget och väljer Logga in.</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="14"/>
        <source>As the way to log in, the student chooses &quot;As a student for JoBSH&quot;.</source>
        <translation>Som inloggningssätt väljer studenten ”Som student för Jobsh”.</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="15"/>
        <source>The student chooses their university.</source>
        <translation>Studenten väljer sitt lärosäte.</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="16"/>
        <source>The student logs in with the same details as for their student e-mail.</source>
        <translation>Studenten loggar in med samma uppgifter som till sin studentmejl.</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="71"/>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="87"/>
        <source>Card active</source>
        <translation>Kortet aktivt</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="89"/>
        <location filename="../core/journey/JourneyNames.cpp" line="141"/>
        <source>Card order lapsed</source>
        <translation>Kortbeställningen har gått ut</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="91"/>
        <source>Card expired</source>
        <translation>Kortet har slutat gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="105"/>
        <source>Temporary card active</source>
        <translation>Tillfälligt kort aktivt</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="107"/>
        <source>Temporary card ended</source>
        <translation>Tillfälligt kort har slutat gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="109"/>
        <source>Ready (holds a region card)</source>
        <translation>Klar (har redan regionens kort)</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="135"/>
        <source>No JoBSH link</source>
        <translation>Ingen JoBSH-länk</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="137"/>
        <source>No card order</source>
        <translation>Ingen kortbeställning</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="139"/>
        <source>Card order lapsing</source>
        <translation>Kortbeställningen går snart ut</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="143"/>
        <source>Card expiring</source>
        <translation>Kortet slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="145"/>
        <source>JoBSH not completed</source>
        <translation>JoBSH inte genomförd</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="147"/>
        <source>No certificate</source>
        <translation>Inget intyg</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="149"/>
        <source>No passport copy to EK H</source>
        <translation>Ingen passkopia till EK H</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="151"/>
        <source>No placement to EK H</source>
        <translation>Ingen placering till EK H</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="153"/>
        <source>No HSA-ID</source>
        <translation>Inget HSA-id</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="155"/>
        <source>Not registered in KliPP</source>
        <translation>Inte registrerad i KliPP</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="157"/>
        <source>No choice of card</source>
        <translation>Inget kortval</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="159"/>
        <source>No temporary card order</source>
        <translation>Inget tillfälligt kort beställt</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="161"/>
        <source>Not told how to collect the card</source>
        <translation>Inget besked om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="163"/>
        <source>Temporary card not collected</source>
        <translation>Tillfälligt kort inte uthämtat</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="165"/>
        <source>Temporary card ending</source>
        <translation>Tillfälligt kort slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="167"/>
        <source>New card after a name change</source>
        <translation>Nytt kort efter namnbyte</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="169"/>
        <source>Not ready for a placement</source>
        <translation>Inte redo för placering</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="191"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="193"/>
        <source>Soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../core/journey/JourneyNames.cpp" line="195"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>vfu::JourneyCache</name>
    <message>
        <location filename="../core/storage/JourneyCache.cpp" line="220"/>
        <source>en</source>
        <extracomment>The language code of this translation (&quot;sv&quot; for Swedish). The explanations of due actions are kept in the data file in this language.</extracomment>
        <translation>sv</translation>
    </message>
</context>
<context>
    <name>vfu::JourneyStrip</name>
    <message>
        <location filename="../ui/JourneyStrip.cpp" line="147"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
</context>
<context>
    <name>vfu::LoadingPage</name>
    <message>
        <location filename="../ui/LoadingPage.cpp" line="14"/>
        <source>Reading the students…</source>
        <translation>Läser in studenterna…</translation>
    </message>
</context>
<context>
    <name>vfu::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>The data file</source>
        <translation>Datafilen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>Imports</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Units</source>
        <translation>Verksamheter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Import Ladok list…</source>
        <translation>&amp;Importera Ladok-lista…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>&amp;Export students…</source>
        <translation>&amp;Exportera studenter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <location filename="../ui/MainWindow.cpp" line="507"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Ångra senaste ändringen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="304"/>
        <source>&amp;Find student</source>
        <translation>&amp;Sök student</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="316"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>&amp;Students</source>
        <translation>&amp;Studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>&amp;Imports</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>The data file cannot be read</source>
        <translation>Datafilen kan inte läsas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>VFU Desk cannot read the students of %1.

%2</source>
        <translation>VFU Desk kan inte läsa studenterna i %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Today (%1)</source>
        <translation>Idag (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Reading students…</source>
        <translation>Läser in studenter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="410"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n studenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="484"/>
        <source>Back to Today</source>
        <translation>Tillbaka till Idag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485"/>
        <source>Back to Students</source>
        <translation>Tillbaka till Studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="506"/>
        <source>&amp;Undo last change of %1</source>
        <translation>&amp;Ångra senaste ändringen för %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="95"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="96"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="97"/>
        <source>Export students</source>
        <translation>Exportera studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowFiles.cpp" line="102"/>
        <source>students.csv</source>
        <translation>studenter.csv</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFiles.cpp" line="133"/>
        <source>Exported %n student(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n student till %1.</numerusform>
            <numerusform>Exporterade %n studenter till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowFiles.cpp" line="136"/>
        <source>Exporting %n student(s)…</source>
        <translation>
            <numerusform>Exporterar %n student…</numerusform>
            <numerusform>Exporterar %n studenter…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::PeriodPicker</name>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="37"/>
        <source>Spring %1</source>
        <translation>Våren %1</translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="38"/>
        <source>January 1 to June 30</source>
        <translation>1 januari–30 juni</translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="46"/>
        <source>Autumn %1</source>
        <translation>Hösten %1</translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="47"/>
        <source>July 1 to December 31</source>
        <translation>1 juli–31 december</translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="58"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../ui/PeriodPicker.cpp" line="60"/>
        <source>to</source>
        <translation>till</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementDialog</name>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="58"/>
        <source>Reason for the overlap:</source>
        <translation>Orsak till överlappningen:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="62"/>
        <source>Add a placement</source>
        <translation>Lägg till en placering</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="67"/>
        <source>Course code, e.g. 2SJ203</source>
        <translation>Kurskod, t.ex. 2SJ203</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="75"/>
        <source>Why may the placements overlap?</source>
        <translation>Varför får placeringarna överlappa?</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="82"/>
        <source>Chosen by hand.</source>
        <translation>Vald manuellt.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="91"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Verksamhet:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="92"/>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="93"/>
        <source>&amp;Start:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="94"/>
        <source>&amp;End (last day):</source>
        <translation>Slut&amp;datum (sista dag):</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="95"/>
        <source>&amp;Route:</source>
        <translation>&amp;Beställningsväg:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="100"/>
        <source>&amp;Add placement</source>
        <translation>&amp;Lägg till placering</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="121"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="124"/>
        <source>Search by name or identity number</source>
        <translation>Sök på namn eller personnummer</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="172"/>
        <source>%1 (outside the region)</source>
        <translation>%1 (utanför regionen)</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="175"/>
        <source>Add a unit first, in the Units view.</source>
        <translation>Lägg först till en verksamhet i vyn Verksamheter.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="285"/>
        <source>Programme: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="299"/>
        <source>Follows the student&apos;s programme.</source>
        <translation>Följer studentens program.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="300"/>
        <source>Follows the programme: %1.</source>
        <translation>Följer programmet: %1.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="320"/>
        <source>Choose the student to place.</source>
        <translation>Välj studenten som ska placeras.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementDialog.cpp" line="346"/>
        <source>%1 placed at %2 from %3 to %4.</source>
        <translation>%1 placerad vid %2 från %3 till %4.</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementHistoryModel</name>
    <message>
        <location filename="../ui/PlacementHistoryModel.cpp" line="51"/>
        <source>Recorded</source>
        <translation>Noterat</translation>
    </message>
    <message>
        <location filename="../ui/PlacementHistoryModel.cpp" line="53"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location filename="../ui/PlacementHistoryModel.cpp" line="55"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementImport</name>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="68"/>
        <source>%1: no header with %2 was found in the first %3 lines.</source>
        <translation>%1: ingen rubrikrad med %2 hittades bland de första %3 raderna.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="90"/>
        <source>a column &quot;Namn&quot; or &quot;Name&quot;</source>
        <translation>en kolumn ”Namn” eller ”Name”</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="120"/>
        <source>The unit has no name.</source>
        <translation>Verksamheten har inget namn.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="126"/>
        <source>The unit is also on line %1.</source>
        <translation>Verksamheten finns också på rad %1.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="135"/>
        <source>&quot;%1&quot; is not a region: write inom or utom (inside or outside).</source>
        <translation>”%1” är ingen region: skriv inom eller utom.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="150"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="197"/>
        <source>a column &quot;Personnummer&quot; or &quot;Identity&quot;</source>
        <translation>en kolumn ”Personnummer” eller ”Identity”</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="209"/>
        <source>%1: the columns &quot;Enhet&quot;, &quot;Startdatum&quot; and &quot;Slutdatum&quot; (or &quot;Unit&quot;, &quot;Start&quot;, &quot;End&quot;) are needed.</source>
        <translation>%1: kolumnerna ”Enhet”, ”Startdatum” och ”Slutdatum” (eller ”Unit”, ”Start”, ”End”) behövs.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="249"/>
        <source>No student has the identity number %1.</source>
        <translation>Ingen student har personnumret %1.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="259"/>
        <source>There is no unit &quot;%1&quot;.</source>
        <translation>Det finns ingen verksamhet ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="275"/>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD.</source>
        <translation>”%1” är inget datum som YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="299"/>
        <source>The placement overlaps the student&apos;s placement from %1 to %2; give a reason (column &quot;Orsak&quot;) to allow it.</source>
        <translation>Placeringen överlappar studentens placering från %1 till %2; ange en orsak (kolumnen ”Orsak”) för att tillåta den.</translation>
    </message>
    <message>
        <location filename="../core/io/PlacementImport.cpp" line="320"/>
        <source>Imported from %1 (%2 to %3)</source>
        <translation>Importerad från %1 (%2 till %3)</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementImportDialog</name>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="25"/>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="27"/>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="29"/>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="48"/>
        <location filename="../ui/PlacementImportDialog.cpp" line="152"/>
        <source>Import units</source>
        <translation>Importera verksamheter</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="48"/>
        <location filename="../ui/PlacementImportDialog.cpp" line="152"/>
        <source>Import placements</source>
        <translation>Importera placeringar</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="53"/>
        <source>Columns found by name: Namn/Name, HSA-ID, Region (inom/utom), Adress, Kontaktperson, E-post, Telefon.</source>
        <translation>Kolumner som känns igen på namnet: Namn/Name, HSA-ID, Region (inom/utom), Adress, Kontaktperson, E-post, Telefon.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="55"/>
        <source>Columns found by name: Personnummer/Identity, Enhet/Unit (name or HSA-ID), Kurs/Course, Startdatum/Start, Slutdatum/End, and Orsak/Reason for an overlap.</source>
        <translation>Kolumner som känns igen på namnet: Personnummer/Identity, Enhet/Unit (namn eller HSA-id), Kurs/Course, Startdatum/Start, Slutdatum/End och Orsak/Reason vid överlappning.</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="82"/>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Välj en annan fil…</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="118"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="138"/>
        <source>%1: %2, separated by %3, header on line %4</source>
        <translation>%1: %2, avgränsat med %3, rubrikrad på rad %4</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="154"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/PlacementImportDialog.cpp" line="176"/>
        <source>Imported %1: %2.</source>
        <translation>Importerade %1: %2.</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementRules</name>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="30"/>
        <source>the placement sent to EK H</source>
        <translation>placering skickad till EK H</translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="32"/>
        <source>JoBSH</source>
        <translation>JoBSH</translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="34"/>
        <source>the JoBSH certificate</source>
        <translation>JoBSH-intyg</translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="36"/>
        <source>a working card</source>
        <translation>ett fungerande kort</translation>
    </message>
    <message>
        <location filename="../core/placements/PlacementRules.cpp" line="70"/>
        <source>Blocks the placement at %1 from %2: the student lacks %3.</source>
        <translation>Hindrar placeringen vid %1 som börjar %2: studenten saknar %3.</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementService</name>
    <message>
        <location filename="../core/PlacementService.cpp" line="50"/>
        <source>A unit needs a name.</source>
        <translation>En verksamhet måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="58"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="82"/>
        <source>There is already a unit named %1.</source>
        <translation>Det finns redan en verksamhet som heter %1.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="85"/>
        <source>%1 already has the HSA-ID %2.</source>
        <translation>%1 har redan HSA-id %2.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="114"/>
        <source>No unit is called or has the HSA-ID &quot;%1&quot;.</source>
        <translation>Ingen verksamhet heter eller har HSA-id ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="141"/>
        <source>A programme needs a code.</source>
        <translation>Ett program måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="177"/>
        <source>There is no placement %1.</source>
        <translation>Det finns ingen placering %1.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="193"/>
        <source>Choose a unit for the placement.</source>
        <translation>Välj en verksamhet för placeringen.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="257"/>
        <source>The placement overlaps the student&apos;s placement at %1 from %2 to %3. Give a reason to allow it.</source>
        <translation>Placeringen överlappar studentens placering vid %1 från %2 till %3. Ange en orsak för att tillåta den.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="234"/>
        <source>Placed at %1 from %2 to %3 (%4)</source>
        <translation>Placerad vid %1 från %2 till %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="238"/>
        <source>; overlap allowed: %1</source>
        <translation>; överlappning tillåten: %1</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="269"/>
        <source>An interruption needs its date, the examiner and the reason.</source>
        <translation>Ett avbrott kräver datum, examinator och orsak.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="279"/>
        <source>The placement starts on %1; it cannot be completed before then.</source>
        <translation>Placeringen börjar %1; den kan inte vara genomförd före dess.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="295"/>
        <source>%1 is in the future; record the order on the day it was made.</source>
        <translation>%1 ligger i framtiden; registrera beställningen den dag den gjordes.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="298"/>
        <source>Only a placement ordered through KliPP is ordered; this one is arranged as: %1.</source>
        <translation>Bara en placering som beställs via KliPP kan få status Beställd; den här har beställningsvägen: %1.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="305"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="307"/>
        <source> on %1</source>
        <translation> den %1</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="320"/>
        <source>An interruption needs the examiner and the reason.</source>
        <translation>Ett avbrott kräver examinator och orsak.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="322"/>
        <source>The interruption date must be a day that has come.</source>
        <translation>Datumet för avbrottet får inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="276"/>
        <location filename="../core/PlacementService.cpp" line="328"/>
        <source>The placement is already %1.</source>
        <translation>Placeringen är redan %1.</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="345"/>
        <source>Interrupted on %1 by %2: %3</source>
        <translation>Avbruten den %1 av %2: %3</translation>
    </message>
    <message>
        <location filename="../core/PlacementService.cpp" line="363"/>
        <location filename="../core/PlacementService.cpp" line="402"/>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>Perioden behöver en första och en sista dag, i den ordningen.</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementStatusDialog</name>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="25"/>
        <source>Ordered &amp;on:</source>
        <translation>Beställd &amp;den:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="29"/>
        <source>Change the status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="33"/>
        <source>%1 at %2, %3 to %4</source>
        <translation>%1 vid %2, %3–%4</translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="53"/>
        <source>Placement:</source>
        <translation>Placering:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="54"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="58"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/PlacementStatusDialog.cpp" line="106"/>
        <source>The placement of %1 is now: %2.</source>
        <translation>Placeringen för %1 är nu: %2.</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementTableModel</name>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="93"/>
        <source>Ordered %1</source>
        <translation>Beställd %1</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="95"/>
        <source>Interrupted %1</source>
        <translation>Avbruten %1</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="106"/>
        <source>Interrupted on %1 by %2: %3</source>
        <translation>Avbruten den %1 av %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="110"/>
        <source>Outside the region: arranged by direct contact</source>
        <translation>Utanför regionen: ordnas genom direktkontakt</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="112"/>
        <source>Overlap allowed: %1</source>
        <translation>Överlappning tillåten: %1</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="160"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="162"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="164"/>
        <source>Unit</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="166"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="168"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="170"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="172"/>
        <source>Route</source>
        <translation>Beställningsväg</translation>
    </message>
    <message>
        <location filename="../ui/PlacementTableModel.cpp" line="174"/>
        <source>Status today</source>
        <translation>Status idag</translation>
    </message>
</context>
<context>
    <name>vfu::Placements</name>
    <message>
        <location filename="../core/placements/Placement.cpp" line="25"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="27"/>
        <source>Ordered</source>
        <translation>Beställd</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="29"/>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="31"/>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="33"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="35"/>
        <source>Cancelled</source>
        <translation>Avbokad</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="37"/>
        <source>Interrupted</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="56"/>
        <source>A placement needs a start date and an end date.</source>
        <translation>En placering måste ha ett startdatum och ett slutdatum.</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="59"/>
        <source>The placement ends on %1, before it starts on %2.</source>
        <translation>Placeringen slutar %1, innan den börjar %2.</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="63"/>
        <source>%1 is outside the region and not in KliPP: arrange the placement by direct contact.</source>
        <translation>%1 ligger utanför regionen och finns inte i KliPP: ordna placeringen genom direktkontakt.</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="70"/>
        <source>The interruption date must fall within the placement, %1 to %2.</source>
        <translation>Datumet för avbrottet måste ligga inom placeringen, %1–%2.</translation>
    </message>
    <message>
        <location filename="../core/placements/Placement.cpp" line="79"/>
        <source>The placement starts on %1, before the student was born (%2).</source>
        <translation>Placeringen börjar %1, före studentens födelse (%2).</translation>
    </message>
</context>
<context>
    <name>vfu::PlacementsPage</name>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="137"/>
        <source>Filter by student</source>
        <translation>Filtrera på student</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="149"/>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="153"/>
        <source>&amp;Period:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="186"/>
        <source>&amp;Add placement…</source>
        <translation>&amp;Lägg till placering…</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="188"/>
        <source>Change &amp;status…</source>
        <translation>Ändra &amp;status…</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="190"/>
        <source>&amp;Interrupt…</source>
        <translation>&amp;Avbryt placering…</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="192"/>
        <source>P&amp;rogrammes…</source>
        <translation>&amp;Program…</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="194"/>
        <source>I&amp;mport…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="195"/>
        <source>Import placements from a CSV file</source>
        <translation>Importera placeringar från en CSV-fil</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="249"/>
        <source>All units</source>
        <translation>Alla verksamheter</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="263"/>
        <source>All programmes</source>
        <translation>Alla program</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="288"/>
        <source>Placements: %1</source>
        <translation>Placeringar: %1</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="289"/>
        <source>Placements: %1 of %2</source>
        <translation>Placeringar: %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="332"/>
        <source>History: choose a placement</source>
        <translation>Historik: välj en placering</translation>
    </message>
    <message>
        <location filename="../ui/PlacementsPage.cpp" line="339"/>
        <source>History of the placement of %1 at %2</source>
        <translation>Historik för placeringen av %1 vid %2</translation>
    </message>
</context>
<context>
    <name>vfu::PolicySettings</name>
    <message>
        <location filename="../core/policy/Policy.cpp" line="46"/>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="54"/>
        <source>From KliPP registration to the JoBSH link (data reaches Lärtorget in 2–3 days)</source>
        <translation>Från registrering i KliPP till JoBSH-länk (uppgifterna når Lärtorget inom 2–3 dygn)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="57"/>
        <source>From the JoBSH link to completion</source>
        <translation>Från JoBSH-länk till genomförd JoBSH</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="59"/>
        <source>From JoBSH completion to the certificate</source>
        <translation>Från genomförd JoBSH till intyg</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="61"/>
        <source>From JoBSH completion to the card order</source>
        <translation>Från genomförd JoBSH till kortbeställning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="62"/>
        <source>A card order is valid</source>
        <translation>En kortbeställning gäller i</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="65"/>
        <source>Warn about a card order without photo from day</source>
        <translation>Varna för kortbeställning utan foto från dag</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="66"/>
        <source>A card is valid</source>
        <translation>Ett kort gäller i</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="66"/>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="68"/>
        <source>Ask for a new card this long before the old one ends</source>
        <translation>Be om nytt kort så här långt innan det gamla slutar gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="70"/>
        <source>Between the steps to EK H (passport copy, placement)</source>
        <translation>Mellan stegen till EK H (passkopia, placering)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="72"/>
        <source>From the placement sent to EK H to the HSA-ID</source>
        <translation>Från placering skickad till EK H till HSA-id</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="74"/>
        <source>From the HSA-ID to KliPP registration (no personal number)</source>
        <translation>Från HSA-id till registrering i KliPP (utan personnummer)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="76"/>
        <source>From the certificate to the choice of card (card from another region)</source>
        <translation>Från intyg till kortval (kort från annan region)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="78"/>
        <source>From the certificate to the temporary card order</source>
        <translation>Från intyg till beställning av tillfälligt kort</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="80"/>
        <source>From the temporary card order to telling the student how to collect it</source>
        <translation>Från beställning av tillfälligt kort till besked till studenten om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="82"/>
        <source>From telling the student to the temporary card collected</source>
        <translation>Från besked till studenten till uthämtat tillfälligt kort</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="83"/>
        <source>A temporary card is valid</source>
        <translation>Ett tillfälligt kort gäller i</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="84"/>
        <location filename="../core/policy/Policy.cpp" line="86"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="86"/>
        <source>A temporary card can be extended to at most</source>
        <translation>Ett tillfälligt kort kan förlängas till högst</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="88"/>
        <source>Remind before a temporary card ends</source>
        <translation>Påminn innan ett tillfälligt kort slutar gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="90"/>
        <source>Warn this long before a placement that the student is not ready for</source>
        <translation>Varna så här långt före en placering som studenten inte är redo för</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="92"/>
        <source>Compensation basis counts (0 calendar days, 1 weeks as days/7, 2 working days)</source>
        <translation>Ersättningsunderlaget räknar (0 kalenderdagar, 1 veckor som dagar/7, 2 arbetsdagar)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="96"/>
        <source>No JoBSH link</source>
        <translation>Ingen JoBSH-länk</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="97"/>
        <source>No card order</source>
        <translation>Ingen kortbeställning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="98"/>
        <source>Card order lapsing</source>
        <translation>Kortbeställningen går snart ut</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="99"/>
        <source>Card order lapsed</source>
        <translation>Kortbeställningen har gått ut</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="100"/>
        <source>Card expiring</source>
        <translation>Kortet slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="101"/>
        <source>JoBSH not completed</source>
        <translation>JoBSH inte genomförd</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="102"/>
        <source>No certificate</source>
        <translation>Inget intyg</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="103"/>
        <source>No passport copy to EK H</source>
        <translation>Ingen passkopia till EK H</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="104"/>
        <source>No placement to EK H</source>
        <translation>Ingen placering till EK H</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="105"/>
        <source>No HSA-ID</source>
        <translation>Inget HSA-id</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="106"/>
        <source>Not registered in KliPP</source>
        <translation>Inte registrerad i KliPP</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="107"/>
        <source>No choice of card</source>
        <translation>Inget kortval</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="108"/>
        <source>No temporary card order</source>
        <translation>Inget tillfälligt kort beställt</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="109"/>
        <source>Not told how to collect the card</source>
        <translation>Inget besked om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="110"/>
        <source>Temporary card not collected</source>
        <translation>Tillfälligt kort inte uthämtat</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="111"/>
        <source>Temporary card ending</source>
        <translation>Tillfälligt kort slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="112"/>
        <source>New card after a name change</source>
        <translation>Nytt kort efter namnbyte</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="113"/>
        <source>Student not ready for a placement</source>
        <translation>Studenten inte redo för placering</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="119"/>
        <source>Second reminder: %1</source>
        <translation>Andra påminnelsen: %1</translation>
    </message>
</context>
<context>
    <name>vfu::Presentation</name>
    <message>
        <location filename="../ui/Presentation.cpp" line="63"/>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="71"/>
        <source>Recorded: %1.</source>
        <translation>Noterat: %1.</translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="76"/>
        <source>Undone: %1.</source>
        <translation>Ångrat: %1.</translation>
    </message>
</context>
<context>
    <name>vfu::PrivacyGate</name>
    <message>
        <location filename="../core/privacy/PrivacyGate.cpp" line="9"/>
        <source>(protected identity)</source>
        <translation>(skyddad identitet)</translation>
    </message>
    <message>
        <location filename="../core/privacy/PrivacyGate.cpp" line="11"/>
        <source>Protected identity: shown by alias.</source>
        <translation>Skyddad identitet: visas med alias.</translation>
    </message>
    <message>
        <location filename="../core/privacy/PrivacyGate.cpp" line="17"/>
        <source>KliPP secrecy: name and contact details are not given to the unit.</source>
        <translation>KliPP:s sekretessmarkering: namn och kontaktuppgifter kommer inte med i listan till verksamheten.</translation>
    </message>
</context>
<context>
    <name>vfu::ProgrammeNotesBox</name>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="17"/>
        <source>Save notes</source>
        <translation>Spara anteckningar</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="23"/>
        <source>The programme&apos;s own routine, for every student of it: whom to ask, what to book.</source>
        <translation>Programmets egen rutin, för alla dess studenter: vem man frågar, vad som ska bokas.</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="44"/>
        <source>Routine notes of the programme</source>
        <translation>Programmets rutinanteckningar</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="45"/>
        <source>Routine notes of %1</source>
        <translation>Rutinanteckningar för %1</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammeNotesBox.cpp" line="65"/>
        <source>Saved the routine notes of the programme.</source>
        <translation>Programmets rutinanteckningar sparades.</translation>
    </message>
</context>
<context>
    <name>vfu::Programmes</name>
    <message>
        <location filename="../core/placements/Programme.cpp" line="56"/>
        <source>Ordered through KliPP</source>
        <translation>Beställning via KliPP</translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="58"/>
        <source>Pre-reserved places</source>
        <translation>Förhandsreserverade platser</translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="60"/>
        <source>Direct contact with the unit</source>
        <translation>Direktkontakt med verksamheten</translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="62"/>
        <source>The programme&apos;s own clinic</source>
        <translation>Programmets egen klinik</translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="93"/>
        <source>Paid from KliPP&apos;s data</source>
        <translation>Betalas enligt KliPP-underlag</translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="95"/>
        <source>Paid from ALF funds</source>
        <translation>Betalas med ALF-medel</translation>
    </message>
    <message>
        <location filename="../core/placements/Programme.cpp" line="97"/>
        <source>Own clinic, no payment</source>
        <translation>Egen klinik, ingen ersättning</translation>
    </message>
</context>
<context>
    <name>vfu::ProgrammesDialog</name>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="34"/>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="37"/>
        <source>How each programme gets its placements and who pays the units. Only KliPP-paid programmes count in the compensation total.</source>
        <translation>Hur varje program får sina placeringar och vem som betalar verksamheterna. Bara program som betalas enligt KliPP-underlag räknas med i ersättningssumman.</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Ordering route</source>
        <translation>Beställningsväg</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="45"/>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="76"/>
        <source>No programme yet: import a Ladok list first.</source>
        <translation>Inga program ännu: importera en Ladok-lista först.</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="136"/>
        <source>No programme changed.</source>
        <translation>Inget program ändrades.</translation>
    </message>
    <message>
        <location filename="../ui/ProgrammesDialog.cpp" line="137"/>
        <source>Programmes saved: %1.</source>
        <translation>Sparade program: %1.</translation>
    </message>
</context>
<context>
    <name>vfu::Protections</name>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="36"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="38"/>
        <source>Protected address</source>
        <translation>Skyddade adressuppgifter</translation>
    </message>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="40"/>
        <source>Protected identity (alias)</source>
        <translation>Skyddad identitet (alias)</translation>
    </message>
</context>
<context>
    <name>vfu::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="38"/>
        <source>The numbers of the routine. They are kept in the data file, so everyone who shares it works by the same numbers.</source>
        <translation>Rutinens tidsgränser. De sparas i datafilen, så att alla som delar den arbetar efter samma värden.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="50"/>
        <source>Reset &amp;all to defaults</source>
        <translation>Återställ &amp;alla till standard</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="73"/>
        <source>Waiting times and validity</source>
        <translation>Väntetider och giltighet</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="78"/>
        <source>Second reminder: an action counts as soon this many days before it is due</source>
        <translation>Andra påminnelsen: en åtgärd räknas som Snart så här många dagar innan den ska vara gjord</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="96"/>
        <source>default %1</source>
        <translation>standard %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="101"/>
        <source>Reset to default</source>
        <translation>Återställ till standard</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="163"/>
        <source>Saved the settings. Today and the students follow the new numbers.</source>
        <translation>Inställningarna sparades. Idag och Studenter följer de nya värdena.</translation>
    </message>
</context>
<context>
    <name>vfu::SettingsStore</name>
    <message>
        <source>The settings could not be read or written: %1</source>
        <translation type="vanished">Inställningarna kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="47"/>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1: värdet måste vara mellan %2 och %3 %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="55"/>
        <location filename="../core/storage/SettingsStore.cpp" line="81"/>
        <source>The settings could not be saved: %1</source>
        <translation>Inställningarna kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>vfu::StepRecorder</name>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="24"/>
        <source>Every step of the track is done.</source>
        <translation>Alla steg i spåret är klara.</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="34"/>
        <source>The day the step happened</source>
        <translation>Dagen då steget gjordes</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="35"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="47"/>
        <source>Back to the next step of the track</source>
        <translation>Tillbaka till spårets nästa steg</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="56"/>
        <source>Record another step…</source>
        <translation>Notera ett annat steg…</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="59"/>
        <source>Record a step out of order, a change of name or a longer temporary card</source>
        <translation>Notera ett steg i annan ordning, ett namnbyte eller ett förlängt tillfälligt kort</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="103"/>
        <source>%1 (recorded %2)</source>
        <translation>%1 (noterat %2)</translation>
    </message>
    <message>
        <location filename="../ui/StepRecorder.cpp" line="143"/>
        <source>Record: %1</source>
        <translation>Notera: %1</translation>
    </message>
</context>
<context>
    <name>vfu::StepValueInput</name>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="31"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="40"/>
        <source>As long as allowed</source>
        <translation>Så länge det är tillåtet</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="41"/>
        <source>The card&apos;s new last day. The lowest choice means as long as the routine allows.</source>
        <translation>Kortets nya sista dag. Det lägsta valet betyder så länge rutinen tillåter.</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="46"/>
        <source>What changed, e.g. the family name</source>
        <translation>Vad som ändrades, t.ex. efternamnet</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="79"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA-id:</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="83"/>
        <source>&amp;Card:</source>
        <translation>&amp;Kort:</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="87"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Gäller till och med:</translation>
    </message>
    <message>
        <location filename="../ui/StepValueInput.cpp" line="98"/>
        <source>&amp;What changed:</source>
        <translation>&amp;Vad ändrades:</translation>
    </message>
</context>
<context>
    <name>vfu::Steps</name>
    <message>
        <location filename="../core/journey/Step.cpp" line="16"/>
        <source>Registered in KliPP</source>
        <translation>Registrerad i KliPP</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="17"/>
        <source>The coordinator registered the student in KliPP; EK then creates the HSA-ID.</source>
        <translation>Samordnaren har registrerat studenten i KliPP; EK skapar sedan HSA-id:t.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="20"/>
        <source>HSA-ID recorded</source>
        <translation>HSA-id noterat</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="21"/>
        <source>The student&apos;s HSA-ID from the region&apos;s catalogue (EK) is known.</source>
        <translation>Studentens HSA-id från regionens katalog (EK) är känt.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="23"/>
        <source>JoBSH link sent</source>
        <translation>JoBSH-länk skickad</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="24"/>
        <source>The student has the link to the JoBSH course on Lärtorget.</source>
        <translation>Studenten har fått länken till JoBSH-kursen på Lärtorget.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="25"/>
        <source>JoBSH completed</source>
        <translation>JoBSH genomförd</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="26"/>
        <source>The student finished the JoBSH course.</source>
        <translation>Studenten har genomfört JoBSH-kursen.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="28"/>
        <source>Certificate received</source>
        <translation>Intyg mottaget</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="29"/>
        <source>The coordinator has the student&apos;s JoBSH certificate.</source>
        <translation>Samordnaren har fått studentens JoBSH-intyg.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="30"/>
        <source>Card ordered</source>
        <translation>Kort beställt</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="31"/>
        <source>A staff card (eTjänstekort) is ordered; the order is valid 90 days.</source>
        <translation>Ett eTjänstekort är beställt; beställningen gäller i 90 dagar.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="33"/>
        <source>Photographed</source>
        <translation>Fotograferad</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="34"/>
        <source>The student was photographed at the card office.</source>
        <translation>Studenten har fotograferat sig på Kortkontoret.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="35"/>
        <source>Card activated</source>
        <translation>Kort aktiverat</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="36"/>
        <source>The card was activated at the card office; it is valid 4 years.</source>
        <translation>Kortet har aktiverats på Kortkontoret; det gäller i fyra år.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="39"/>
        <source>Passport copy sent to EK H</source>
        <translation>Passkopia skickad till EK H</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="40"/>
        <source>A copy of the student&apos;s passport was sent to EK H.</source>
        <translation>En kopia av studentens pass har skickats till EK H.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="42"/>
        <source>Placement sent to EK H</source>
        <translation>Placering skickad till EK H</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="43"/>
        <source>EK H was told the unit and the exact dates of the placement.</source>
        <translation>EK H har fått veta verksamheten och de exakta datumen för placeringen.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="46"/>
        <source>Enrolled in JoBSH on Canvas</source>
        <translation>Tillagd i JoBSH på Canvas</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="47"/>
        <source>The student was added to the English JoBSH course on Canvas.</source>
        <translation>Studenten har lagts till i den engelska JoBSH-kursen på Canvas.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="50"/>
        <source>Temporary card ordered</source>
        <translation>Tillfälligt kort beställt</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="51"/>
        <source>A temporary card without photo was ordered.</source>
        <translation>Ett tillfälligt kort utan foto har beställts.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="53"/>
        <source>Told how to collect the card</source>
        <translation>Besked om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="54"/>
        <source>The student was told to collect the card at the card office with the same identity document as the EK record.</source>
        <translation>Studenten har fått besked om att hämta kortet på Kortkontoret med samma legitimationshandling som EK-posten bygger på.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="58"/>
        <source>Temporary card issued</source>
        <translation>Tillfälligt kort uthämtat</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="59"/>
        <source>The student collected the temporary card; it is valid 6 months.</source>
        <translation>Studenten har hämtat ut det tillfälliga kortet; det gäller i sex månader.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="62"/>
        <source>Temporary card extended</source>
        <translation>Tillfälligt kort förlängt</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="63"/>
        <source>The temporary card was extended (12 months in all at most).</source>
        <translation>Det tillfälliga kortet har förlängts (högst 12 månader totalt).</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="65"/>
        <source>Card chosen</source>
        <translation>Kortval gjort</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="66"/>
        <source>For a card from another region: a new card or a temporary card was chosen.</source>
        <translation>Vid kort från annan region: nytt kort eller tillfälligt kort har valts.</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="69"/>
        <source>Name changed</source>
        <translation>Namnbyte</translation>
    </message>
    <message>
        <location filename="../core/journey/Step.cpp" line="70"/>
        <source>The student changed family name or a given name; the card must be replaced.</source>
        <translation>Studenten har bytt efternamn eller ett förnamn; kortet måste bytas ut.</translation>
    </message>
</context>
<context>
    <name>vfu::StorageError</name>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="18"/>
        <source>Another VFU Desk is writing to the data file just now, so nothing was changed. Try again in a moment.</source>
        <translation>En annan VFU Desk skriver till datafilen just nu, så inget ändrades. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="21"/>
        <source>The data file could not be read or written: %1</source>
        <translation>Datafilen kunde inte läsas eller skrivas: %1</translation>
    </message>
</context>
<context>
    <name>vfu::StudentExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="vanished">%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>vfu::StudentFactsBox</name>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="31"/>
        <source>What is known about the student</source>
        <translation>Uppgifter om studenten</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="33"/>
        <source>Wh&amp;y:</source>
        <translation>Skä&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="36"/>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="38"/>
        <source>KliPP&apos;s &amp;secrecy switch is on</source>
        <translation>KliPP:s sekre&amp;tessmarkering är på</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="39"/>
        <source>E&amp;xchange student</source>
        <translation>&amp;Utbytesstudent</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="40"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="41"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="47"/>
        <source>Why the track changes</source>
        <translation>Varför spåret ändras</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="53"/>
        <source>The only name lists may show</source>
        <translation>Det enda namn som får visas i listor</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="59"/>
        <source>Do not enter an address in KliPP.</source>
        <translation>Lägg inte in någon adress i KliPP.</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="61"/>
        <source>Lists and exports show only the alias.</source>
        <translation>Listor och exporter visar bara aliaset.</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="64"/>
        <source>The unit&apos;s list will lack the student&apos;s name and contact details.</source>
        <translation>Studentens namn och kontaktuppgifter kommer inte med i listan till verksamheten.</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="81"/>
        <source>&amp;Track:</source>
        <translation>&amp;Spår:</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="85"/>
        <source>&amp;Protection:</source>
        <translation>Sk&amp;ydd:</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="114"/>
        <source>Follows the identity number</source>
        <translation>Följer personnumret</translation>
    </message>
    <message>
        <location filename="../ui/StudentFactsBox.cpp" line="116"/>
        <source>The identity number gives: %1</source>
        <translation>Personnumret ger: %1</translation>
    </message>
</context>
<context>
    <name>vfu::StudentImport</name>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="163"/>
        <source>The field holds %1 characters; at most %2 are taken.</source>
        <translation>Fältet har %1 tecken; högst %2 tas emot.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="169"/>
        <source>A control character (U+%1) stands at character %2; the field must be plain text.</source>
        <translation>Ett styrtecken (U+%1) står vid tecken %2; fältet ska vara vanlig text.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImportSource.cpp" line="105"/>
        <source>%1: no header with a column of identity numbers was found in the first %2 lines (looked for &quot;Personnummer (Student)&quot;, &quot;Personnummer&quot; or &quot;Identity&quot;).</source>
        <translation>%1: ingen rubrikrad med en kolumn för personnummer hittades bland de första %2 raderna (letade efter ”Personnummer (Student)”, ”Personnummer” eller ”Identity”).</translation>
    </message>
    <message>
        <source>At character %1 the file holds bytes that are no character in its encoding (shown as %2); correct them there and import the list again.</source>
        <translation type="vanished">Vid tecken %1 har filen byte som inte är något tecken i dess teckenkodning (visas som %2); rätta dem där och importera listan igen.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the header &quot;%4&quot; holds bytes that are no character in the file&apos;s encoding (%5); correct them there and import the list again.</source>
        <translation type="vanished">%1, rad %2, kolumn %3: rubriken &quot;%4&quot; innehåller byte som inte är något tecken i filens teckenkodning (%5); rätta dem där och importera listan igen.</translation>
    </message>
    <message>
        <source>bytes that are no character in the file&apos;s encoding (%1, shown as %2)</source>
        <translation type="vanished">byte som inte är något tecken i filens teckenkodning (%1, visas som %2)</translation>
    </message>
    <message>
        <source>the character %1, which a program writes where it could not read a letter</source>
        <translation type="vanished">tecknet %1, som ett program skriver där det inte kunde läsa en bokstav</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="67"/>
        <source>At character %1 the field holds %2; correct it in the file and import the list again.</source>
        <translation>Vid tecken %1 innehåller fältet %2; rätta det i filen och importera listan igen.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImportSource.cpp" line="88"/>
        <source>%1, line %2, column %3: the header &quot;%4&quot; holds %5; correct it in the file and import the list again.</source>
        <translation>%1, rad %2, kolumn %3: rubriken &quot;%4&quot; innehåller %5; rätta det i filen och importera listan igen.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="207"/>
        <source>identity number</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="209"/>
        <source>family name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="211"/>
        <source>given names</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="213"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="215"/>
        <source>programme code</source>
        <translation>programkod</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="217"/>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="232"/>
        <source>Inserted</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="234"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="236"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="238"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="248"/>
        <source>No column is chosen for the identity number.</source>
        <translation>Ingen kolumn är vald för personnummer.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="250"/>
        <source>No column is chosen for the family name or the given names.</source>
        <translation>Ingen kolumn är vald för efternamn eller förnamn.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="293"/>
        <location filename="../core/io/StudentImport.cpp" line="304"/>
        <source>The line has %1 fields but the header has %2.</source>
        <translation>Raden har %1 fält men rubrikraden har %2.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="313"/>
        <source>The identity number is empty.</source>
        <translation>Personnumret är tomt.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="334"/>
        <source>The student has no name.</source>
        <translation>Studenten har inget namn.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="357"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/StudentImport.cpp" line="397"/>
        <source>The same person is also on line(s) %1 with different data.</source>
        <translation>
            <numerusform>Samma person finns också på rad %1 med andra uppgifter.</numerusform>
            <numerusform>Samma person finns också på raderna %1 med andra uppgifter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same person is also on line %1 with different data.</source>
        <translation type="vanished">Samma person finns också på rad %1 med andra uppgifter.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="408"/>
        <source>The same as line %1.</source>
        <translation>Samma som rad %1.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="514"/>
        <source>The student on line %1 was added to the data file by someone else while this import was prepared; nothing was written. Import the list again.</source>
        <translation>Studenten på rad %1 lades till i datafilen av någon annan medan importen förbereddes; inget skrevs. Importera listan igen.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="526"/>
        <source>The student on line %1 was changed or removed while this import was prepared; nothing was written. Import the list again.</source>
        <translation>Studenten på rad %1 ändrades eller togs bort medan importen förbereddes; inget skrevs. Importera listan igen.</translation>
    </message>
    <message>
        <source>The import could not start: the data file is busy or read-only.</source>
        <translation type="vanished">Importen kunde inte starta: datafilen är upptagen eller skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="500"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; inget sparades.</translation>
    </message>
</context>
<context>
    <name>vfu::StudentPage</name>
    <message>
        <source>Journey</source>
        <translation type="vanished">Förlopp</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="283"/>
        <source>Due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="vanished">Nästa steg</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="157"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation type="vanished">Alla steg är klara.</translation>
    </message>
    <message>
        <source>The day the step happened</source>
        <translation type="vanished">Dagen då steget gjordes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="vanished">&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;HSA-ID:</source>
        <translation type="vanished">&amp;HSA-id:</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation type="vanished">&amp;Ångra senaste ändringen</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="96"/>
        <location filename="../ui/StudentPage.cpp" line="273"/>
        <source>Show real identity</source>
        <translation>Visa verklig identitet</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="147"/>
        <source>&amp;Undo last step</source>
        <translation>&amp;Ångra senaste steget</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="150"/>
        <source>Cancels the latest step in force; the history keeps both</source>
        <translation>Upphäver det senaste gällande steget; båda finns kvar i historiken</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="248"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="249"/>
        <source>No HSA-ID yet</source>
        <translation>Inget HSA-id ännu</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="250"/>
        <source>HSA-ID %1</source>
        <translation>HSA-id %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="251"/>
        <source>Track: %1</source>
        <translation>Spår: %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="252"/>
        <source>Stage: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="269"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="272"/>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="273"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="311"/>
        <source>Set aside until %1: %2</source>
        <translation>Uppskjutet till och med %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="316"/>
        <source>%1 — “%2”</source>
        <translation>%1 — ”%2”</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="328"/>
        <source>The Lärtorget login checklist</source>
        <translation>Checklista för inloggning på Lärtorget</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="400"/>
        <source>Saved what is known about %1.</source>
        <translation>Uppgifterna om %1 sparades.</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="vanished">Notera: %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="285"/>
        <source>Nothing is due.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="300"/>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>Undone on %1: %2</source>
        <translation type="vanished">Ångrat %1: %2</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="vanished">%1 (ångrat)</translation>
    </message>
    <message>
        <source>Written down %1 by %2</source>
        <translation type="vanished">Antecknat %1 av %2</translation>
    </message>
</context>
<context>
    <name>vfu::StudentPlacementsBox</name>
    <message>
        <location filename="../ui/StudentPlacementsBox.cpp" line="20"/>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <location filename="../ui/StudentPlacementsBox.cpp" line="28"/>
        <location filename="../ui/StudentPlacementsBox.cpp" line="88"/>
        <source>No placement yet.</source>
        <translation>Ingen placering ännu.</translation>
    </message>
    <message>
        <location filename="../ui/StudentPlacementsBox.cpp" line="29"/>
        <source>Add &amp;placement…</source>
        <translation>Lägg till &amp;placering…</translation>
    </message>
</context>
<context>
    <name>vfu::StudentService</name>
    <message>
        <location filename="../core/StudentService.cpp" line="112"/>
        <location filename="../core/StudentServiceJourneys.cpp" line="91"/>
        <source>The student is no longer in the data file.</source>
        <translation>Studenten finns inte längre i datafilen.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="57"/>
        <source>&quot;%1&quot; is not an identity number: %2</source>
        <translation>”%1” är inget personnummer: %2</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="62"/>
        <source>No student has the identity number %1.</source>
        <translation>Ingen student har personnumret %1.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="117"/>
        <source>%1 lies before the student was born (%2).</source>
        <translation>%1 ligger före studentens födelse (%2).</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="127"/>
        <source>&quot;%1&quot; is already recorded on %2.</source>
        <translation>”%1” är redan registrerat den %2.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="138"/>
        <source>The date is not a valid date.</source>
        <translation>Datumet är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="140"/>
        <source>%1 is in the future; record a step on the day it happened.</source>
        <translation>%1 ligger i framtiden; notera steget den dag det gjordes.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="150"/>
        <source>Recording the HSA-ID needs the HSA-ID itself.</source>
        <translation>För att notera HSA-id:t behövs själva HSA-id:t.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="160"/>
        <source>Choose &quot;new-card&quot; or &quot;temporary-card&quot;.</source>
        <translation>Välj ”new-card” eller ”temporary-card”.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="170"/>
        <source>No temporary card has been issued, so none can be extended.</source>
        <translation>Inget tillfälligt kort har lämnats ut, så inget kan förlängas.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="175"/>
        <source>The new last day must be a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Den nya sista dagen måste vara ett datum som YYYY-MM-DD, inte ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="178"/>
        <source>A temporary card can be valid %1 months in all: until %2 at the latest.</source>
        <translation>Ett tillfälligt kort kan gälla högst %1 månader totalt: till och med %2.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="182"/>
        <source>The card is already valid until %1.</source>
        <translation>Kortet gäller redan till och med %1.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="192"/>
        <source>The step &quot;%1&quot; takes no value.</source>
        <translation>Steget ”%1” tar inget värde.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="216"/>
        <source>There is no step to undo.</source>
        <translation>Det finns inget steg att ångra.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="247"/>
        <source>That step is not in force, so it cannot be undone.</source>
        <translation>Det steget gäller inte, så det kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="279"/>
        <source>The alias is not taken: %1</source>
        <translation>Aliaset tas inte emot: %1</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="287"/>
        <source>Say why the track changes.</source>
        <translation>Ange varför spåret ändras.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="289"/>
        <source>A protected identity needs an alias: the name that lists may show.</source>
        <translation>En skyddad identitet behöver ett alias: det namn som får visas i listor.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="329"/>
        <source>Set the action aside until today or a later day.</source>
        <translation>Skjut upp åtgärden till idag eller en senare dag.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="354"/>
        <source>Import %1 was already undone on %2 by %3.</source>
        <translation>Import %1 ångrades redan den %2 av %3.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="379"/>
        <source>%1 stays: there are later changes to the student.</source>
        <translation>%1 finns kvar: studenten har ändrats senare.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="404"/>
        <source>%1 keeps its %2: it was changed again after this import.</source>
        <translation>%1: fältet %2 behålls, eftersom det har ändrats igen efter den här importen.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="444"/>
        <source>Import %1 (%2) changed the %3 from &quot;%4&quot; to &quot;%5&quot;</source>
        <translation>Import %1 (%2) ändrade %3 från ”%4” till ”%5”</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="447"/>
        <source>Added by import %1 (%2)</source>
        <translation>Tillagd genom import %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="455"/>
        <source>Import %1 (%2) was undone</source>
        <translation>Import %1 (%2) ångrades</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="473"/>
        <source>Undone: %1 on %2</source>
        <translation>Ångrat: %1 den %2</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="475"/>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="477"/>
        <source>%1 on %2: %3</source>
        <translation>%1 den %2: %3</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="487"/>
        <source>Changed %1 from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Ändrade %1 från ”%2” till ”%3”</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="489"/>
        <source> (why: %1)</source>
        <translation> (skäl: %1)</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="497"/>
        <source>Set aside until %1: %2</source>
        <translation>Uppskjutet till och med %1: %2</translation>
    </message>
</context>
<context>
    <name>vfu::StudentStore</name>
    <message>
        <source>The data file could not be read or written: %1</source>
        <translation type="vanished">Datafilen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="299"/>
        <source>A student with this identity number is stored already.</source>
        <translation>En student med det här personnumret finns redan.</translation>
    </message>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="557"/>
        <source>The change could not be started: %1</source>
        <translation>Ändringen kunde inte påbörjas: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="vanished">Ändringen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>vfu::StudentTableModel</name>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="211"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="213"/>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="215"/>
        <source>Given names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="217"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="219"/>
        <source>Stage</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="221"/>
        <source>Next due action</source>
        <translation>Nästa åtgärd</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="223"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
</context>
<context>
    <name>vfu::StudentsPage</name>
    <message>
        <location filename="../ui/StudentsPage.cpp" line="29"/>
        <source>Filter by name, identity number or HSA-ID</source>
        <translation>Filtrera på namn, personnummer eller HSA-id</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StudentsPage.cpp" line="129"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n studenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StudentsPage.cpp" line="130"/>
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 av %n student</numerusform>
            <numerusform>%1 av %n studenter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::TodayDetail</name>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="20"/>
        <source>Choose an action to see why it is due and what to do.</source>
        <translation>Välj en åtgärd för att se varför den ska göras och vad som behöver göras.</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="29"/>
        <source>Open student</source>
        <translation>Öppna student</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="32"/>
        <source>Set aside</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="60"/>
        <location filename="../ui/TodayDetail.cpp" line="142"/>
        <source>Record: %1, today</source>
        <translation>Notera: %1, idag</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="71"/>
        <source>The action stays off Today up to and including this day</source>
        <translation>Åtgärden visas inte under Idag till och med den här dagen</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="72"/>
        <source>Set aside &amp;until:</source>
        <translation>Skjut upp &amp;till och med:</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="75"/>
        <source>Note, e.g. student mailed, waiting</source>
        <translation>Anteckning, t.ex. mejlat studenten, väntar på svar</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="123"/>
        <source>%1 · %2 · due %3 (%4)</source>
        <translation>%1 · %2 · senast %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="136"/>
        <source>If the student cannot log in to Lärtorget:</source>
        <translation>Om studenten inte kan logga in på Lärtorget:</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="182"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/TodayDetail.cpp" line="198"/>
        <source>Set aside until %1: %2 (%3).</source>
        <translation>Uppskjutet till och med %1: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>vfu::TodayModel</name>
    <message>
        <location filename="../ui/TodayModel.cpp" line="147"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="149"/>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="151"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="217"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="293"/>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="295"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="297"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="299"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="301"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="303"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>vfu::TodayPage</name>
    <message>
        <location filename="../ui/TodayPage.cpp" line="48"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="50"/>
        <source>&amp;Action:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="91"/>
        <source>Nothing is due. Every student is on track.</source>
        <translation>Inget att göra. Alla studenter ligger i fas.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="131"/>
        <source>Today, %1</source>
        <translation>Idag, %1</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="154"/>
        <source>All programmes</source>
        <translation>Alla program</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="156"/>
        <location filename="../ui/TodayPage.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="165"/>
        <source>All actions (%1)</source>
        <translation>Alla åtgärder (%1)</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="187"/>
        <source>Due: %1 — overdue %2, this week %3, later %4. Select one to see why and what to do.</source>
        <translation>Att göra: %1 – förfallna %2, den här veckan %3, senare %4. Välj en för att se varför och vad som ska göras.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due, most urgent first. Open one to see the student.</source>
        <translation type="vanished">
            <numerusform>%n åtgärd att göra. Öppna den för att se studenten.</numerusform>
            <numerusform>%n åtgärder att göra, mest brådskande först. Öppna en för att se studenten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::Tracks</name>
    <message>
        <location filename="../core/journey/Track.cpp" line="47"/>
        <source>Ordinary</source>
        <translation>Ordinarie</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="49"/>
        <source>No Swedish personal number</source>
        <translation>Saknar svenskt personnummer</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="51"/>
        <source>Already holds a region card</source>
        <translation>Har redan regionens kort</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="53"/>
        <source>Card from another region</source>
        <translation>Kort från annan region</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="75"/>
        <source>New card</source>
        <translation>Nytt kort</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="75"/>
        <source>Temporary card</source>
        <translation>Tillfälligt kort</translation>
    </message>
</context>
<context>
    <name>vfu::UnitDialog</name>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="35"/>
        <source>&amp;Inside the region (in KliPP)</source>
        <translation>&amp;Inom regionen (i KliPP)</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="36"/>
        <source>&amp;Outside the region (direct contact)</source>
        <translation>&amp;Utanför regionen (direktkontakt)</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="43"/>
        <source>Add a unit</source>
        <translation>Lägg till en verksamhet</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="43"/>
        <source>Change a unit</source>
        <translation>Ändra en verksamhet</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="46"/>
        <source>e.g. SE2321000016-ABCD</source>
        <translation>t.ex. SE2321000016-ABCD</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="56"/>
        <source>name@region.example</source>
        <translation>namn@region.example</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="64"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA-id:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="66"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="67"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="68"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="69"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="70"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="73"/>
        <source>&amp;Add unit</source>
        <translation>&amp;Lägg till verksamhet</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="73"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="139"/>
        <source>Unit %1 added.</source>
        <translation>Verksamheten %1 har lagts till.</translation>
    </message>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="139"/>
        <source>Unit %1 saved.</source>
        <translation>Verksamheten %1 har sparats.</translation>
    </message>
</context>
<context>
    <name>vfu::UnitListDialog</name>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="29"/>
        <source>List for %1</source>
        <translation>Studentlista för %1</translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="32"/>
        <source>The students placed at %1 in the period, as the unit may see them: protected identities by alias, and no name or contact under KliPP secrecy.</source>
        <translation>Studenterna som är placerade vid %1 under perioden, så som verksamheten får se dem: skyddade identiteter med alias, och utan namn och kontaktuppgifter vid KliPP:s sekretessmarkering.</translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="48"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="100"/>
        <source>Students on the list: %1</source>
        <translation>Studenter på listan: %1</translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="114"/>
        <source>The list for %1 was written to %2.</source>
        <translation>Studentlistan för %1 sparades i %2.</translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="120"/>
        <source>%1 %2 to %3.csv</source>
        <translation>%1 %2 till %3.csv</translation>
    </message>
    <message>
        <location filename="../ui/UnitListDialog.cpp" line="125"/>
        <source>Export the list for %1</source>
        <translation>Exportera studentlistan för %1</translation>
    </message>
</context>
<context>
    <name>vfu::UnitTableModel</name>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="55"/>
        <source>Not in KliPP: placements are arranged by direct contact</source>
        <translation>Inte i KliPP: placeringar ordnas genom direktkontakt</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="64"/>
        <source>Inside</source>
        <translation>Inom</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="64"/>
        <source>Outside</source>
        <translation>Utanför</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="84"/>
        <source>Unit</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="86"/>
        <source>HSA-ID</source>
        <translation>HSA-id</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="88"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="90"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="92"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="94"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../ui/UnitTableModel.cpp" line="96"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>vfu::UnitsPage</name>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="53"/>
        <source>Filter by name, HSA-ID or contact</source>
        <translation>Filtrera på namn, HSA-id eller kontakt</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="77"/>
        <source>&amp;Add unit…</source>
        <translation>&amp;Lägg till verksamhet…</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="78"/>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="79"/>
        <source>Unit &amp;list…</source>
        <translation>&amp;Studentlista…</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="80"/>
        <source>The students placed at the unit in a period, to export</source>
        <translation>Studenterna som är placerade vid verksamheten under en period, för export</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="82"/>
        <source>I&amp;mport…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="83"/>
        <source>Import units from a CSV file</source>
        <translation>Importera verksamheter från en CSV-fil</translation>
    </message>
    <message>
        <location filename="../ui/UnitsPage.cpp" line="128"/>
        <source>Units: %1</source>
        <translation>Verksamheter: %1</translation>
    </message>
</context>
<context>
    <name>vfu::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="15"/>
        <source>Welcome to VFU Desk</source>
        <translation>Välkommen till VFU Desk</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="22"/>
        <source>Start with the list of students exported from Ladok. VFU Desk shows you what it will import before anything is saved, and then follows each student from KliPP to an active staff card.</source>
        <translation>Börja med studentlistan som du har exporterat från Ladok. VFU Desk visar vad som kommer att importeras innan något sparas, och följer sedan varje student från KliPP till ett aktiverat eTjänstekort.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="33"/>
        <source>Import a Ladok list…</source>
        <translation>Importera en Ladok-lista…</translation>
    </message>
</context>
<context>
    <name>vfu::WorkProgress</name>
    <message>
        <location filename="../ui/WorkProgress.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../ui/WorkProgress.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>vfu::cli::Cli</name>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="75"/>
        <source>import needs exactly one FILE.</source>
        <translation>import kräver exakt en FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="22"/>
        <source>%1: %2, separator %3, header on line %4</source>
        <translation>%1: %2, avgränsare %3, rubrikrad på rad %4</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="29"/>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="52"/>
        <source>Postal address columns ignored, never stored: %1</source>
        <translation>Kolumner med postadress ignoreras och sparas aldrig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="56"/>
        <source>Columns not used: %1</source>
        <translation>Kolumner som inte används: %1</translation>
    </message>
    <message>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected (import %5)</source>
        <translation type="vanished">%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade (import %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="59"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected%5</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade%5</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="64"/>
        <source> (import %1)</source>
        <translation> (import %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="87"/>
        <source>--kind must be students, units or placements.</source>
        <translation>--kind måste vara students, units eller placements.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="132"/>
        <source>record needs IDENTITY and STEP.</source>
        <translation>record kräver IDENTITY och STEP.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="135"/>
        <source>&quot;%1&quot; is not a step; the steps are: %2.</source>
        <translation>”%1” är inget steg; stegen är: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="153"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 den %3</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="180"/>
        <source>Nothing is due.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="208"/>
        <location filename="../app/cli/PlacementCommands.cpp" line="293"/>
        <location filename="../app/cli/PlacementCommands.cpp" line="335"/>
        <source>--format must be csv or excel-csv.</source>
        <translation>--format måste vara csv eller excel-csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="211"/>
        <source>export needs --output FILE.</source>
        <translation>export kräver --output FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="243"/>
        <source>Track %1 (%2): %3</source>
        <translation>Spår %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="248"/>
        <source>Track other-region-card continues with the card steps of the choice; no-personal-number may take JoBSH on Canvas (canvas-enrolled) instead of Lärtorget; name-changed and temporary-card-extended can come at any time.</source>
        <translation>Spåret other-region-card fortsätter med kortstegen för det som valts; no-personal-number kan göra JoBSH på Canvas (canvas-enrolled) i stället för på Lärtorget; name-changed och temporary-card-extended kan komma när som helst.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="15"/>
        <source>history needs IDENTITY.</source>
        <translation>history kräver IDENTITY.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="29"/>
        <source>step %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="31"/>
        <source>(undone)</source>
        <translation>(ångrat)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="40"/>
        <source>undo needs IDENTITY (and --event N for another step than the last).</source>
        <translation>undo kräver IDENTITY (och --event N för ett annat steg än det senaste).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="50"/>
        <source>--event needs the number of a step, as `history` shows it.</source>
        <translation>--event kräver numret på ett steg, så som `history` visar det.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="61"/>
        <source>Undone: %1 on %2</source>
        <translation>Ångrat: %1 den %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="88"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="94"/>
        <source>(undone %1)</source>
        <translation>(ångrad %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="108"/>
        <source>undo-import needs the number of an import, as `imports` shows it.</source>
        <translation>undo-import kräver numret på en import, så som `imports` visar det.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="117"/>
        <source>Import %1 undone: %2 students removed, %3 fields set back.</source>
        <translation>Import %1 ångrad: %2 studenter borttagna, %3 fält återställda.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="130"/>
        <source>set needs IDENTITY.</source>
        <translation>set kräver IDENTITY.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="137"/>
        <source>--track must be ordinary, no-personal-number, region-card, other-region-card or auto.</source>
        <translation>--track måste vara ordinary, no-personal-number, region-card, other-region-card eller auto.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="145"/>
        <source>--protection must be none, address or alias.</source>
        <translation>--protection måste vara none, address eller alias.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="155"/>
        <source>--%1 must be on or off.</source>
        <translation>--%1 måste vara on eller off.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="170"/>
        <source>%1: track %2, protection %3, KliPP secrecy %4, exchange %5</source>
        <translation>%1: spår %2, skydd %3, KliPP:s sekretessmarkering %4, utbytesstudent %5</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="183"/>
        <source>acknowledge needs IDENTITY and ACTION (and --until YYYY-MM-DD).</source>
        <translation>acknowledge kräver IDENTITY och ACTION (och --until YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="188"/>
        <source>&quot;%1&quot; is not an action code; `due` shows them.</source>
        <translation>”%1” är ingen åtgärdskod; `due` visar dem.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="192"/>
        <source>acknowledge needs --until YYYY-MM-DD.</source>
        <translation>acknowledge kräver --until YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="201"/>
        <source>%1: %2 set aside until %3</source>
        <translation>%1: %2 skjuts upp till och med %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="218"/>
        <source>&quot;%1&quot; is not a setting; `policy` lists them.</source>
        <translation>”%1” är ingen inställning; `policy` listar dem.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="223"/>
        <source>policy set needs KEY and a whole number.</source>
        <translation>policy set kräver KEY och ett heltal.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="228"/>
        <source>policy takes no argument, or set KEY VALUE, or reset KEY.</source>
        <translation>policy tar inget argument, eller set KEY VALUE, eller reset KEY.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="244"/>
        <source>  (default %1)</source>
        <translation>  (standard %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="255"/>
        <source>backup needs the FILE to write.</source>
        <translation>backup kräver en FILE att skriva till.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="258"/>
        <source>Backup written to %1.</source>
        <translation>Säkerhetskopian sparades i %1.</translation>
    </message>
    <message>
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
  policy [set KEY VALUE | reset KEY] [--json]   the routine&apos;s numbers</source>
        <translation type="vanished">Följer studenter från Ladok-listan till ett fungerande eTjänstekort.

Kommandon:
  import FILE [--json]             importera en studentlista från Ladok (CSV)
  record IDENTITY STEP [--date D] [--hsa-id ID] [--choice C] [--until D] [--note TEXT]
                                   notera ett steg i studentens förlopp
  steps [--json]                   stegkoderna och stegen i varje spår
  due [--on D] [--json]            det som ska göras, mest brådskande först
  list [--json]                    alla studenter med status
  export --format csv|excel-csv --output FILE
  history IDENTITY [--json]        alla ändringar för en student
  undo IDENTITY [--event N]        ångra studentens senaste steg (eller steg N)
  set IDENTITY [--track T] [--protection none|address|alias] [--alias NAME]
               [--secrecy on|off] [--exchange on|off] [--reason TEXT]
  acknowledge IDENTITY ACTION --until D [--note TEXT]   skjut upp en åtgärd
  imports [--json]                 gjorda importer
  undo-import BATCH [--json]       ångra en import
  policy [set KEY VALUE | reset KEY] [--json]   rutinens tidsgränser</translation>
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
        <translation>Följer studenter från Ladok-listan till ett fungerande eTjänstekort.

Kommandon:
  import FILE [--json]             importera en studentlista från Ladok (CSV)
  record IDENTITY STEP [--date D] [--hsa-id ID] [--choice C] [--until D] [--note TEXT]
                                   notera ett steg i studentens förlopp
  steps [--json]                   stegkoderna och stegen i varje spår
  due [--on D] [--json]            det som ska göras, mest brådskande först
  list [--json]                    alla studenter med status
  export --format csv|excel-csv --output FILE
  history IDENTITY [--json]        alla ändringar för en student
  undo IDENTITY [--event N]        ångra studentens senaste steg (eller steg N)
  set IDENTITY [--track T] [--protection none|address|alias] [--alias NAME]
               [--secrecy on|off] [--exchange on|off] [--reason TEXT]
  acknowledge IDENTITY ACTION --until D [--note TEXT]   skjut upp en åtgärd
  imports [--json]                 gjorda importer
  undo-import BATCH [--json]       ångra en import
  policy [set KEY VALUE | reset KEY] [--json]   rutinens tidsgränser
  import --kind units|placements FILE [--json]  importera verksamheter eller placeringar
  units [--json]; add-unit NAME [--hsa-id ID] [--region inside|outside] [--address A]
                 [--contact NAME] [--email E] [--phone P]
  programmes [CODE --route R --funding F] [--json]
  place IDENTITY UNIT --start D --end D [--course C] [--route R] [--reason TEXT]
  placements [--json]; placement-status PLACEMENT STATUS [--date D]
  interrupt PLACEMENT --date D --examiner NAME --reason TEXT
  compensation --from D --to D [--json] [--output FILE --format csv|excel-csv]
  unit-list UNIT --from D --to D --output FILE [--format csv|excel-csv]
  backup FILE                      skriv en säkerhetskopia av datafilen
  restore FILE                     ersätt datafilen med en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>The data file (default: %1).</source>
        <translation>Datafilen (standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="64"/>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>The day the step happened (default: today).</source>
        <translation>Dagen då steget gjordes (standard: idag).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>The HSA-ID, with the step hsa-id.</source>
        <translation>HSA-id:t, med steget hsa-id.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>Show what is due on this day (default: today).</source>
        <translation>Visa vad som ska göras den här dagen (standard: idag).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Act as if today were this day.</source>
        <translation>Räkna som om idag vore den här dagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>csv (RFC 4180) or excel-csv (Swedish Excel).</source>
        <translation>csv (RFC 4180) eller excel-csv (svenska Excel).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="76"/>
        <source>With card-choice: new-card or temporary-card.</source>
        <translation>Med card-choice: new-card eller temporary-card.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>With temporary-card-extended and acknowledge: the last day.</source>
        <translation>Med temporary-card-extended och acknowledge: sista dagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>With name-changed and acknowledge: a note.</source>
        <translation>Med name-changed och acknowledge: en anteckning.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>With undo: the step to undo, as history shows it.</source>
        <translation>Med undo: steget som ska ångras, så som history visar det.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>With set: ordinary, no-personal-number, region-card, other-region-card, or auto.</source>
        <translation>Med set: ordinary, no-personal-number, region-card, other-region-card eller auto.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="89"/>
        <source>With set: none, address or alias.</source>
        <translation>Med set: none, address eller alias.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="91"/>
        <source>With set: the alias of a protected identity.</source>
        <translation>Med set: alias för en skyddad identitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="93"/>
        <source>With set: KliPP&apos;s secrecy switch, on or off.</source>
        <translation>Med set: KliPP:s sekretessmarkering, on eller off.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>With set: an exchange student, on or off.</source>
        <translation>Med set: utbytesstudent, on eller off.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="97"/>
        <source>With set: why (needed for a change of track).</source>
        <translation>Med set: varför (krävs vid byte av spår).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="99"/>
        <source>With import: students (default), units or placements.</source>
        <translation>Med import: students (standard), units eller placements.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>With add-unit: inside or outside the region.</source>
        <translation>Med add-unit: inside eller outside, inom eller utanför regionen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="103"/>
        <source>With add-unit: the unit&apos;s address.</source>
        <translation>Med add-unit: verksamhetens adress.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="105"/>
        <source>With add-unit: the contact person.</source>
        <translation>Med add-unit: kontaktpersonen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="107"/>
        <source>With add-unit: the contact&apos;s e-mail.</source>
        <translation>Med add-unit: kontaktpersonens e-post.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>With add-unit: the contact&apos;s phone.</source>
        <translation>Med add-unit: kontaktpersonens telefon.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>klipp, pre-reserved, direct or own-clinic.</source>
        <translation>klipp, pre-reserved, direct eller own-clinic.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="113"/>
        <source>With programmes CODE: klipp, alf or own-clinic.</source>
        <translation>Med programmes CODE: klipp, alf eller own-clinic.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>With place: the course code.</source>
        <translation>Med place: kurskoden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="116"/>
        <source>With place: the first day.</source>
        <translation>Med place: första dagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="118"/>
        <source>With place: the last day.</source>
        <translation>Med place: sista dagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>The first day of the period.</source>
        <translation>Periodens första dag.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>The last day of the period.</source>
        <translation>Periodens sista dag.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="123"/>
        <source>With interrupt: the examiner.</source>
        <translation>Med interrupt: examinatorn.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>What to do (see above).</source>
        <translation>Vad som ska göras (se ovan).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="138"/>
        <source>no command given; see --help.</source>
        <translation>inget kommando angavs; se --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="68"/>
        <source>--%1: %2 is not a date; the months are 01 to 12.</source>
        <translation>--%1: %2 är inget datum; månaderna är 01 till 12.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="71"/>
        <source>--%1: %2 is not a date; %3 %4 has %5 days.</source>
        <translation>--%1: %2 är inget datum; %3 %4 har %5 dagar.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="75"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 kräver ett datum som YYYY-MM-DD, inte ”%2”.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="176"/>
        <source>&quot;%1&quot; is not a command; see --help.</source>
        <translation>”%1” är inget kommando; se --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="187"/>
        <source>restore needs the backup FILE.</source>
        <translation>restore kräver säkerhetskopians FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="193"/>
        <source>Restored %1 from %2; the file it replaced is kept as %1.before-restore.</source>
        <translation>Återställde %1 från %2; filen som ersattes finns kvar som %1.before-restore.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="65"/>
        <source>Placement %1: %2, %3 to %4</source>
        <translation>Placering %1: %2, %3 till %4</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="85"/>
        <source>inside the region</source>
        <translation>inom regionen</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="86"/>
        <source>outside the region</source>
        <translation>utanför regionen</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="97"/>
        <source>add-unit needs the unit&apos;s NAME.</source>
        <translation>add-unit kräver verksamhetens NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="103"/>
        <source>--region must be inside or outside.</source>
        <translation>--region måste vara inside eller outside.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="115"/>
        <source>Unit %1: %2</source>
        <translation>Verksamhet %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="134"/>
        <location filename="../app/cli/PlacementCommands.cpp" line="200"/>
        <source>--route must be klipp, pre-reserved, direct or own-clinic.</source>
        <translation>--route måste vara klipp, pre-reserved, direct eller own-clinic.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="142"/>
        <source>--funding must be klipp, alf or own-clinic.</source>
        <translation>--funding måste vara klipp, alf eller own-clinic.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="149"/>
        <source>programmes takes no argument, or a programme CODE with --route and --funding.</source>
        <translation>programmes tar inget argument, eller ett programs CODE med --route och --funding.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="177"/>
        <source>place needs IDENTITY and UNIT (and --start, --end).</source>
        <translation>place kräver IDENTITY och UNIT (och --start, --end).</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="181"/>
        <source>place needs --start and --end as YYYY-MM-DD.</source>
        <translation>place kräver --start och --end som YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="257"/>
        <source>placement-status needs PLACEMENT and one of planned, ordered, confirmed, ongoing, completed, cancelled.</source>
        <translation>placement-status kräver PLACEMENT och något av planned, ordered, confirmed, ongoing, completed, cancelled.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="275"/>
        <source>interrupt needs PLACEMENT, --date YYYY-MM-DD, --examiner NAME and --reason TEXT.</source>
        <translation>interrupt kräver PLACEMENT, --date YYYY-MM-DD, --examiner NAME och --reason TEXT.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="290"/>
        <source>compensation needs --from and --to as YYYY-MM-DD.</source>
        <translation>compensation kräver --from och --to som YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/PlacementCommands.cpp" line="332"/>
        <source>unit-list needs UNIT, --from, --to and --output FILE.</source>
        <translation>unit-list kräver UNIT, --from, --to och --output FILE.</translation>
    </message>
</context>
</TS>
