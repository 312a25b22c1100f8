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
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>VFU Desk cannot start</source>
        <translation>VFU Desk kan inte starta</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>The data file %1 cannot be opened.

%2</source>
        <translation>Datafilen %1 kan inte öppnas.

%2</translation>
    </message>
</context>
<context>
    <name>vfu::CsvReader</name>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="209"/>
        <source>The quoted field that starts on line %1 has no closing quote.</source>
        <translation>Fältet inom citattecken som börjar på rad %1 saknar avslutande citattecken.</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="221"/>
        <source>Could not open the file %1: %2</source>
        <translation>Kunde inte öppna filen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="228"/>
        <source>Could not read the file %1: %2</source>
        <translation>Kunde inte läsa filen %1: %2</translation>
    </message>
    <message>
        <location filename="../core/csv/CsvReader.cpp" line="240"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
</context>
<context>
    <name>vfu::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="81"/>
        <source>No data file was given.</source>
        <translation>Ingen datafil angavs.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="86"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="88"/>
        <source>%1 is not a file.</source>
        <translation>%1 är inte en fil.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="90"/>
        <source>The data file %1 is read-only; VFU Desk needs to write to it.</source>
        <translation>Datafilen %1 är skrivskyddad; VFU Desk måste kunna skriva till den.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="94"/>
        <source>The data file %1 could not be created.</source>
        <translation>Datafilen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="102"/>
        <source>The data file %1 could not be opened: %2</source>
        <translation>Datafilen %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="107"/>
        <source>%1 is not a VFU Desk data file (it is not a database).</source>
        <translation>%1 är ingen datafil för VFU Desk (det är ingen databas).</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="116"/>
        <source>The data file could not be prepared: %1</source>
        <translation>Datafilen kunde inte förberedas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="129"/>
        <source>%1 is a database, but not a VFU Desk data file.</source>
        <translation>%1 är en databas, men ingen datafil för VFU Desk.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="145"/>
        <source>The version of the data file could not be read.</source>
        <translation>Datafilens version kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="150"/>
        <source>%1 was written by a newer version of VFU Desk (data format %2; this version knows up to %3). Update VFU Desk to open it.</source>
        <translation>%1 har skrivits av en nyare version av VFU Desk (dataformat %2; den här versionen klarar upp till %3). Uppdatera VFU Desk för att öppna den.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="163"/>
        <location filename="../core/storage/Database.cpp" line="185"/>
        <source>The data file could not be updated: %1</source>
        <translation>Datafilen kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="179"/>
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
        <location filename="../core/identity/IdentityNumber.cpp" line="22"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="23"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="24"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="25"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="26"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="27"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="28"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="29"/>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="30"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="31"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="32"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="33"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="70"/>
        <source>An identity number has no spaces inside; write &apos;-&apos; before the last four digits, or &apos;+&apos; for a person aged 100 or more.</source>
        <translation>Ett personnummer har inga mellanslag; skriv ”-” före de fyra sista siffrorna, eller ”+” för den som är 100 år eller äldre.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="77"/>
        <source>An identity number has only one separator, &apos;-&apos; or &apos;+&apos;.</source>
        <translation>Ett personnummer har bara ett skiljetecken, ”-” eller ”+”.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="85"/>
        <source>The character &apos;%1&apos; does not belong in an identity number.</source>
        <translation>Tecknet ”%1” hör inte hemma i ett personnummer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/IdentityNumber.cpp" line="92"/>
        <source>An identity number has 10 or 12 digits; this has %n.</source>
        <translation>
            <numerusform>Ett personnummer har 10 eller 12 siffror; det här har %n.</numerusform>
            <numerusform>Ett personnummer har 10 eller 12 siffror; det här har %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="97"/>
        <source>The &apos;%1&apos; must stand right before the last four digits.</source>
        <translation>”%1” ska stå direkt före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="113"/>
        <source>The letter %1 is out of place: only the first of the last four characters can be a letter, as in an interim number.</source>
        <translation>Bokstaven %1 står på fel plats: bara det första av de fyra sista tecknen kan vara en bokstav, som i ett interimsnummer.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="119"/>
        <source>The letter %1 is not used in interim numbers; they use T, R, S, U, W, X, J, K, L, M or N.</source>
        <translation>Bokstaven %1 används inte i interimsnummer; där används T, R, S, U, W, X, J, K, L, M eller N.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="162"/>
        <source>Month %1 does not exist.</source>
        <translation>Månad %1 finns inte.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="165"/>
        <source>Day %1 does not exist, not even in a coordination number (61 to 91).</source>
        <translation>Dag %1 finns inte, inte ens i ett samordningsnummer (61–91).</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="171"/>
        <source>Day %1 does not exist; a coordination number adds 60 to the day (61 to 91).</source>
        <translation>Dag %1 finns inte; i ett samordningsnummer läggs 60 till dagen (61–91).</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="177"/>
        <source>Month 00 does not exist; only a coordination number may leave the month unknown.</source>
        <translation>Månad 00 finns inte; bara ett samordningsnummer kan ha okänd månad.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="182"/>
        <source>Day 00 does not exist; only a coordination number may leave the day unknown (as 60).</source>
        <translation>Dag 00 finns inte; bara ett samordningsnummer kan ha okänd dag (som 60).</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="192"/>
        <source>There is no 29 February in %1.</source>
        <translation>Det finns ingen 29 februari år %1.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="195"/>
        <source>There is no %1 %2.</source>
        <translation>Det finns ingen %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="207"/>
        <source>Century %1 does not occur in identity numbers; only 18, 19 and 20 do.</source>
        <translation>Århundradet %1 förekommer inte i personnummer; bara 18, 19 och 20 gör det.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="213"/>
        <source>The birth year %1 lies in the future.</source>
        <translation>Födelseåret %1 ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="215"/>
        <source>The birth date lies after today.</source>
        <translation>Födelsedatumet ligger efter dagens datum.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="218"/>
        <source>A &apos;+&apos; marks a person who turns 100 this year or is older, but someone born in %1 is younger.</source>
        <translation>”+” betyder att personen fyller 100 i år eller är äldre, men den som är född %1 är yngre.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="230"/>
        <source>The birth number 000 does not exist; it runs from 001 to 999.</source>
        <translation>Födelsenumret 000 finns inte; det går från 001 till 999.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="246"/>
        <source>The check digit should be %1, not %2.</source>
        <translation>Kontrollsiffran ska vara %1, inte %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/IdentityNumber.cpp" line="258"/>
        <source>The identity number is empty.</source>
        <translation>Personnumret är tomt.</translation>
    </message>
</context>
<context>
    <name>vfu::ImportBatches</name>
    <message>
        <location filename="../core/storage/ImportBatches.cpp" line="12"/>
        <source>The data file could not be read or written: %1</source>
        <translation>Datafilen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/ImportBatches.cpp" line="76"/>
        <source>There is no import %1.</source>
        <translation>Det finns ingen import %1.</translation>
    </message>
</context>
<context>
    <name>vfu::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="40"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="42"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="44"/>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="57"/>
        <source>No line is rejected or changed.</source>
        <translation>Ingen rad avvisas eller ändras.</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="60"/>
        <location filename="../ui/ImportDialog.cpp" line="184"/>
        <source>Import a Ladok list</source>
        <translation>Importera en Ladok-lista</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="86"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="99"/>
        <source>What the import will do</source>
        <translation>Det här gör importen</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="115"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="123"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="124"/>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="125"/>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="126"/>
        <source>Header:</source>
        <translation>Rubrikrad:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="127"/>
        <source>Above the header:</source>
        <translation>Ovanför rubrikraden:</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="129"/>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Välj en annan fil…</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="139"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="150"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="173"/>
        <source>Line %1, %n column(s)</source>
        <translation>
            <numerusform>Rad %1, %n kolumn</numerusform>
            <numerusform>Rad %1, %n kolumner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="175"/>
        <source>Nothing</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="185"/>
        <source>Lists from Ladok (*.csv *.txt);;All files (*)</source>
        <translation>Listor från Ladok (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="204"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="245"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="263"/>
        <source>Postal address columns, ignored and never stored: %1</source>
        <translation>Kolumner med postadress, som ignoreras och aldrig sparas: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="266"/>
        <source>Not imported: %1</source>
        <translation>Importeras inte: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="280"/>
        <source>Imported %1: %2.</source>
        <translation>Importerade %1: %2.</translation>
    </message>
</context>
<context>
    <name>vfu::ImportLinesModel</name>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="46"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="110"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="112"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="114"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="116"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../ui/ImportLinesModel.cpp" line="118"/>
        <source>Reason or change</source>
        <translation>Orsak eller ändring</translation>
    </message>
</context>
<context>
    <name>vfu::Journey</name>
    <message>
        <location filename="../core/journey/Journey.cpp" line="91"/>
        <source>Registered in KliPP on %1 and no JoBSH access by %2. Send the link to Lärtorget (the HSA-ID is the user name) or enrol the student in the English course on Canvas.</source>
        <translation>Registrerad i KliPP den %1, men har inte fått tillgång till JoBSH (senast %2). Skicka länken till Lärtorget (HSA-id:t är användarnamnet) eller lägg till studenten i den engelska kursen på Canvas.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="96"/>
        <source>Registered in KliPP on %1 and no JoBSH link sent by %2. Check that the student has reached Lärtorget, then send the link.</source>
        <translation>Registrerad i KliPP den %1, men ingen JoBSH-länk är skickad (senast %2). Kontrollera att studentens uppgifter har kommit över till Lärtorget och skicka sedan länken.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="100"/>
        <source>JoBSH was opened to the student on %1 and is not completed by %2. Check that the student can log in (see the checklist).</source>
        <translation>JoBSH öppnades för studenten den %1 men är inte genomförd (senast %2). Kontrollera att studenten kan logga in (se checklistan).</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="105"/>
        <source>JoBSH was completed on %1 and no certificate has come by %2. Ask the student to generate the certificate and send it.</source>
        <translation>JoBSH genomfördes den %1 men inget intyg har kommit (senast %2). Be studenten generera intyget och skicka det.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="110"/>
        <source>A new card was chosen on %1 but no card order was recorded by %2. Order the card by hand.</source>
        <translation>Nytt kort valdes den %1 men ingen kortbeställning är noterad (senast %2). Beställ kortet manuellt.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="113"/>
        <source>JoBSH was completed on %1 but no card order was recorded by %2. The order is normally placed automatically: check KliPP and order the card by hand if it is missing.</source>
        <translation>JoBSH genomfördes den %1 men ingen kortbeställning är noterad (senast %2). Beställningen görs normalt automatiskt: kontrollera i KliPP och beställ kortet manuellt om den saknas.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="119"/>
        <source>The student was added on %1 and no passport copy was sent to EK H by %2. Send EK H a copy of the passport.</source>
        <translation>Studenten lades till den %1 men ingen passkopia har skickats till EK H (senast %2). Skicka en kopia av passet till EK H.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="124"/>
        <source>The passport copy went to EK H on %1 and the placement was not sent by %2. Tell EK H the unit and the exact dates.</source>
        <translation>Passkopian skickades till EK H den %1 men placeringen har inte skickats (senast %2). Meddela EK H verksamheten och de exakta datumen.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="129"/>
        <source>The placement went to EK H on %1 and no HSA-ID had come back by %2. Ask EK H for the HSA-ID.</source>
        <translation>Placeringen skickades till EK H den %1 men inget HSA-id har kommit tillbaka (senast %2). Fråga EK H efter HSA-id:t.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="134"/>
        <source>The HSA-ID came on %1 and the student was not registered in KliPP by %2. Register the student; a T-number is not carried over to EK by itself.</source>
        <translation>HSA-id:t kom den %1 men studenten är inte registrerad i KliPP (senast %2). Registrera studenten; ett T-nummer förs inte över till EK automatiskt.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="139"/>
        <source>The certificate came on %1 and no card was chosen by %2. The student holds a card from another region: choose a new card or a temporary card.</source>
        <translation>Intyget kom den %1 men inget kort har valts (senast %2). Studenten har kort från en annan region: välj nytt kort eller tillfälligt kort.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="144"/>
        <source>Since %1 the student waits for a temporary card, and none was ordered by %2. Order a temporary card without photo.</source>
        <translation>Studenten väntar sedan den %1 på ett tillfälligt kort, men inget är beställt (senast %2). Beställ ett tillfälligt kort utan foto.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="149"/>
        <source>The temporary card was ordered on %1 and the student was not told how to collect it by %2. Tell the student to bring the same identity document as the EK record to the card office.</source>
        <translation>Det tillfälliga kortet beställdes den %1 men studenten har inte fått besked om hur det hämtas ut (senast %2). Be studenten ta med samma legitimationshandling som EK-posten bygger på till Kortkontoret.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="155"/>
        <source>The student was told on %1 how to collect the temporary card and had not collected it by %2. Remind the student.</source>
        <translation>Studenten fick besked den %1 om hur det tillfälliga kortet hämtas ut men har inte hämtat det (senast %2). Påminn studenten.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="337"/>
        <source>The card order of %1 lapsed on %2 without a photo. A new order is needed.</source>
        <translation>Kortbeställningen från %1 gick ut den %2 utan foto. En ny beställning behövs.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="341"/>
        <source>The card was ordered on %1 and the student is not photographed yet. The order lapses on %2: remind the student to visit the card office before then.</source>
        <translation>Kortet beställdes den %1 och studenten har inte fotograferat sig än. Beställningen går ut den %2: påminn studenten om att gå till Kortkontoret innan dess.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="355"/>
        <source>The card activated on %1 expired on %2. The student needs a new card.</source>
        <translation>Kortet som aktiverades den %1 slutade gälla den %2. Studenten behöver ett nytt kort.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="359"/>
        <source>The card activated on %1 expires on %2. The student should ask for a new card now.</source>
        <translation>Kortet som aktiverades den %1 slutar gälla den %2. Studenten bör be om ett nytt kort nu.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="372"/>
        <source>It can still be extended until %1.</source>
        <translation>Det kan fortfarande förlängas till och med %1.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="373"/>
        <source>It cannot be extended further: a new temporary card is needed.</source>
        <translation>Det kan inte förlängas mer: ett nytt tillfälligt kort behövs.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="377"/>
        <source>The temporary card issued on %1 ended on %2. %3</source>
        <translation>Det tillfälliga kortet som lämnades ut den %1 slutade gälla den %2. %3</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="381"/>
        <source>The temporary card issued on %1 is valid until %2. %3</source>
        <translation>Det tillfälliga kortet som lämnades ut den %1 gäller till och med %2. %3</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="395"/>
        <source>The name changed on %1, after the card was issued on %2. The card must be replaced: place a new order.</source>
        <translation>Namnet ändrades den %1, efter att kortet lämnades ut den %2. Kortet måste bytas ut: gör en ny beställning.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="431"/>
        <source>The student is registered in KliPP; the data can take two to three days to reach Lärtorget.</source>
        <translation>Studenten är registrerad i KliPP; det kan ta två–tre dygn innan uppgifterna kommer över till Lärtorget.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="433"/>
        <source>The student goes to Lärtorget and chooses Log in.</source>
        <translation>Studenten går till Lärtorget och väljer Logga in.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="434"/>
        <source>As the way to log in, the student chooses &quot;As a student for JoBSH&quot;.</source>
        <translation>Som inloggningssätt väljer studenten ”Som student för Jobsh”.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="435"/>
        <source>The student chooses their university.</source>
        <translation>Studenten väljer sitt lärosäte.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="436"/>
        <source>The student logs in with the same details as for their student e-mail.</source>
        <translation>Studenten loggar in med samma uppgifter som till sin studentmejl.</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="491"/>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="507"/>
        <source>Card active</source>
        <translation>Kortet aktivt</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="509"/>
        <location filename="../core/journey/Journey.cpp" line="558"/>
        <source>Card order lapsed</source>
        <translation>Kortbeställningen har gått ut</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="511"/>
        <source>Card expired</source>
        <translation>Kortet har slutat gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="525"/>
        <source>Temporary card active</source>
        <translation>Tillfälligt kort aktivt</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="527"/>
        <source>Temporary card ended</source>
        <translation>Tillfälligt kort har slutat gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="529"/>
        <source>Ready (holds a region card)</source>
        <translation>Klar (har redan regionens kort)</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="552"/>
        <source>No JoBSH link</source>
        <translation>Ingen JoBSH-länk</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="554"/>
        <source>No card order</source>
        <translation>Ingen kortbeställning</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="556"/>
        <source>Card order lapsing</source>
        <translation>Kortbeställningen går snart ut</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="560"/>
        <source>Card expiring</source>
        <translation>Kortet slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="562"/>
        <source>JoBSH not completed</source>
        <translation>JoBSH inte genomförd</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="564"/>
        <source>No certificate</source>
        <translation>Inget intyg</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="566"/>
        <source>No passport copy to EK H</source>
        <translation>Ingen passkopia till EK H</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="568"/>
        <source>No placement to EK H</source>
        <translation>Ingen placering till EK H</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="570"/>
        <source>No HSA-ID</source>
        <translation>Inget HSA-id</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="572"/>
        <source>Not registered in KliPP</source>
        <translation>Inte registrerad i KliPP</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="574"/>
        <source>No choice of card</source>
        <translation>Inget kortval</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="576"/>
        <source>No temporary card order</source>
        <translation>Inget tillfälligt kort beställt</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="578"/>
        <source>Not told how to collect the card</source>
        <translation>Inget besked om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="580"/>
        <source>Temporary card not collected</source>
        <translation>Tillfälligt kort inte uthämtat</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="582"/>
        <source>Temporary card ending</source>
        <translation>Tillfälligt kort slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="584"/>
        <source>New card after a name change</source>
        <translation>Nytt kort efter namnbyte</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="606"/>
        <source>Overdue</source>
        <translation>Förfallen</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="608"/>
        <source>Soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../core/journey/Journey.cpp" line="610"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
</context>
<context>
    <name>vfu::JourneyStrip</name>
    <message>
        <location filename="../ui/JourneyStrip.cpp" line="130"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
</context>
<context>
    <name>vfu::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>The data file</source>
        <translation>Datafilen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Import Ladok list…</source>
        <translation>&amp;Importera Ladok-lista…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Export students…</source>
        <translation>&amp;Exportera studenter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Ångra senaste ändringen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Find student</source>
        <translation>&amp;Sök student</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Students</source>
        <translation>&amp;Studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>The data file cannot be read</source>
        <translation>Datafilen kan inte läsas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>VFU Desk cannot read the students of %1.

%2</source>
        <translation>VFU Desk kan inte läsa studenterna i %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Today (%1)</source>
        <translation>Idag (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n studenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>Back to Today</source>
        <translation>Tillbaka till Idag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>Back to Students</source>
        <translation>Tillbaka till Studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>&amp;Undo last change of %1</source>
        <translation>&amp;Ångra senaste ändringen för %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Export students</source>
        <translation>Exportera studenter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>students.csv</source>
        <translation>studenter.csv</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>Exported %n student(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n student till %1.</numerusform>
            <numerusform>Exporterade %n studenter till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::PolicySettings</name>
    <message>
        <location filename="../core/policy/Policy.cpp" line="45"/>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="53"/>
        <source>From KliPP registration to the JoBSH link (data reaches Lärtorget in 2–3 days)</source>
        <translation>Från registrering i KliPP till JoBSH-länk (uppgifterna når Lärtorget inom 2–3 dygn)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="56"/>
        <source>From the JoBSH link to completion</source>
        <translation>Från JoBSH-länk till genomförd JoBSH</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="58"/>
        <source>From JoBSH completion to the certificate</source>
        <translation>Från genomförd JoBSH till intyg</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="60"/>
        <source>From JoBSH completion to the card order</source>
        <translation>Från genomförd JoBSH till kortbeställning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="61"/>
        <source>A card order is valid</source>
        <translation>En kortbeställning gäller i</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="64"/>
        <source>Warn about a card order without photo from day</source>
        <translation>Varna för kortbeställning utan foto från dag</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="65"/>
        <source>A card is valid</source>
        <translation>Ett kort gäller i</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="65"/>
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="67"/>
        <source>Ask for a new card this long before the old one ends</source>
        <translation>Be om nytt kort så här långt innan det gamla slutar gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="69"/>
        <source>Between the steps to EK H (passport copy, placement)</source>
        <translation>Mellan stegen till EK H (passkopia, placering)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="71"/>
        <source>From the placement sent to EK H to the HSA-ID</source>
        <translation>Från placering skickad till EK H till HSA-id</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="73"/>
        <source>From the HSA-ID to KliPP registration (no personal number)</source>
        <translation>Från HSA-id till registrering i KliPP (utan personnummer)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="75"/>
        <source>From the certificate to the choice of card (card from another region)</source>
        <translation>Från intyg till kortval (kort från annan region)</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="77"/>
        <source>From the certificate to the temporary card order</source>
        <translation>Från intyg till beställning av tillfälligt kort</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="79"/>
        <source>From the temporary card order to telling the student how to collect it</source>
        <translation>Från beställning av tillfälligt kort till besked till studenten om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="81"/>
        <source>From telling the student to the temporary card collected</source>
        <translation>Från besked till studenten till uthämtat tillfälligt kort</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="82"/>
        <source>A temporary card is valid</source>
        <translation>Ett tillfälligt kort gäller i</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="83"/>
        <location filename="../core/policy/Policy.cpp" line="85"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="85"/>
        <source>A temporary card can be extended to at most</source>
        <translation>Ett tillfälligt kort kan förlängas till högst</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="87"/>
        <source>Remind before a temporary card ends</source>
        <translation>Påminn innan ett tillfälligt kort slutar gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="90"/>
        <source>No JoBSH link</source>
        <translation>Ingen JoBSH-länk</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="91"/>
        <source>No card order</source>
        <translation>Ingen kortbeställning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="92"/>
        <source>Card order lapsing</source>
        <translation>Kortbeställningen går snart ut</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="93"/>
        <source>Card order lapsed</source>
        <translation>Kortbeställningen har gått ut</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="94"/>
        <source>Card expiring</source>
        <translation>Kortet slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="95"/>
        <source>JoBSH not completed</source>
        <translation>JoBSH inte genomförd</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="96"/>
        <source>No certificate</source>
        <translation>Inget intyg</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="97"/>
        <source>No passport copy to EK H</source>
        <translation>Ingen passkopia till EK H</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="98"/>
        <source>No placement to EK H</source>
        <translation>Ingen placering till EK H</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="99"/>
        <source>No HSA-ID</source>
        <translation>Inget HSA-id</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="100"/>
        <source>Not registered in KliPP</source>
        <translation>Inte registrerad i KliPP</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="101"/>
        <source>No choice of card</source>
        <translation>Inget kortval</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="102"/>
        <source>No temporary card order</source>
        <translation>Inget tillfälligt kort beställt</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="103"/>
        <source>Not told how to collect the card</source>
        <translation>Inget besked om uthämtning</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="104"/>
        <source>Temporary card not collected</source>
        <translation>Tillfälligt kort inte uthämtat</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="105"/>
        <source>Temporary card ending</source>
        <translation>Tillfälligt kort slutar snart gälla</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="106"/>
        <source>New card after a name change</source>
        <translation>Nytt kort efter namnbyte</translation>
    </message>
    <message>
        <location filename="../core/policy/Policy.cpp" line="112"/>
        <source>Second reminder: %1</source>
        <translation>Andra påminnelsen: %1</translation>
    </message>
</context>
<context>
    <name>vfu::Presentation</name>
    <message>
        <location filename="../ui/Presentation.cpp" line="58"/>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="66"/>
        <source>Recorded: %1.</source>
        <translation>Noterat: %1.</translation>
    </message>
    <message>
        <location filename="../ui/Presentation.cpp" line="71"/>
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
    <name>vfu::Protections</name>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="31"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="33"/>
        <source>Protected address</source>
        <translation>Skyddade adressuppgifter</translation>
    </message>
    <message>
        <location filename="../core/privacy/Protection.cpp" line="35"/>
        <source>Protected identity (alias)</source>
        <translation>Skyddad identitet (alias)</translation>
    </message>
</context>
<context>
    <name>vfu::SettingsStore</name>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="12"/>
        <source>The settings could not be read or written: %1</source>
        <translation>Inställningarna kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="46"/>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1: värdet måste vara mellan %2 och %3 %4.</translation>
    </message>
    <message>
        <location filename="../core/storage/SettingsStore.cpp" line="54"/>
        <location filename="../core/storage/SettingsStore.cpp" line="80"/>
        <source>The settings could not be saved: %1</source>
        <translation>Inställningarna kunde inte sparas: %1</translation>
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
    <name>vfu::StudentExport</name>
    <message>
        <location filename="../core/io/StudentExport.cpp" line="40"/>
        <location filename="../core/io/StudentExport.cpp" line="46"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>vfu::StudentImport</name>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="162"/>
        <source>%1: no header with a column of identity numbers was found in the first %2 lines (looked for &quot;Personnummer (Student)&quot;, &quot;Personnummer&quot; or &quot;Identity&quot;).</source>
        <translation>%1: ingen rubrikrad med en kolumn för personnummer hittades bland de första %2 raderna (letade efter ”Personnummer (Student)”, ”Personnummer” eller ”Identity”).</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="239"/>
        <source>identity number</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="241"/>
        <source>family name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="243"/>
        <source>given names</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="245"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="247"/>
        <source>programme code</source>
        <translation>programkod</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="249"/>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="264"/>
        <source>Inserted</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="266"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="268"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="270"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="280"/>
        <source>No column is chosen for the identity number.</source>
        <translation>Ingen kolumn är vald för personnummer.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="282"/>
        <source>No column is chosen for the family name or the given names.</source>
        <translation>Ingen kolumn är vald för efternamn eller förnamn.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="320"/>
        <source>The line has %1 fields but the header has %2.</source>
        <translation>Raden har %1 fält men rubrikraden har %2.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="330"/>
        <source>The identity number is empty.</source>
        <translation>Personnumret är tomt.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="348"/>
        <source>The student has no name.</source>
        <translation>Studenten har inget namn.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="353"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="373"/>
        <source>The same person is also on line %1 with different data.</source>
        <translation>Samma person finns också på rad %1 med andra uppgifter.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="383"/>
        <source>The same as line %1.</source>
        <translation>Samma som rad %1.</translation>
    </message>
    <message>
        <location filename="../core/io/StudentImport.cpp" line="426"/>
        <source>The import could not start: the data file is busy or read-only.</source>
        <translation>Importen kunde inte starta: datafilen är upptagen eller skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>vfu::StudentPage</name>
    <message>
        <location filename="../ui/StudentPage.cpp" line="74"/>
        <source>Journey</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="77"/>
        <source>Due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="80"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="84"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="127"/>
        <source>Every step is done.</source>
        <translation>Alla steg är klara.</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="135"/>
        <source>The day the step happened</source>
        <translation>Dagen då steget gjordes</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="136"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="144"/>
        <source>&amp;HSA-ID:</source>
        <translation>&amp;HSA-id:</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="161"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Ångra senaste ändringen</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="234"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="235"/>
        <source>No HSA-ID yet</source>
        <translation>Inget HSA-id ännu</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="236"/>
        <source>HSA-ID %1</source>
        <translation>HSA-id %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="237"/>
        <source>Stage: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="251"/>
        <source>Record: %1</source>
        <translation>Notera: %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="266"/>
        <source>Nothing is due.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="282"/>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="305"/>
        <source>Undone on %1: %2</source>
        <translation>Ångrat %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="308"/>
        <source>%1 (undone)</source>
        <translation>%1 (ångrat)</translation>
    </message>
    <message>
        <location filename="../ui/StudentPage.cpp" line="317"/>
        <source>Written down %1 by %2</source>
        <translation>Antecknat %1 av %2</translation>
    </message>
</context>
<context>
    <name>vfu::StudentService</name>
    <message>
        <location filename="../core/StudentService.cpp" line="69"/>
        <source>The student is no longer in the data file.</source>
        <translation>Studenten finns inte längre i datafilen.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="108"/>
        <source>&quot;%1&quot; is not an identity number: %2</source>
        <translation>”%1” är inget personnummer: %2</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="113"/>
        <source>No student has the identity number %1.</source>
        <translation>Ingen student har personnumret %1.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="140"/>
        <source>The date is not a valid date.</source>
        <translation>Datumet är ogiltigt.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="142"/>
        <source>%1 is in the future; record a step on the day it happened.</source>
        <translation>%1 ligger i framtiden; notera steget den dag det gjordes.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="152"/>
        <source>Recording the HSA-ID needs the HSA-ID itself.</source>
        <translation>För att notera HSA-id:t behövs själva HSA-id:t.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="162"/>
        <source>Choose &quot;new-card&quot; or &quot;temporary-card&quot;.</source>
        <translation>Välj ”new-card” eller ”temporary-card”.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="172"/>
        <source>No temporary card has been issued, so none can be extended.</source>
        <translation>Inget tillfälligt kort har lämnats ut, så inget kan förlängas.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="177"/>
        <source>The new last day must be a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Den nya sista dagen måste vara ett datum som YYYY-MM-DD, inte ”%1”.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="180"/>
        <source>A temporary card can be valid %1 months in all: until %2 at the latest.</source>
        <translation>Ett tillfälligt kort kan gälla högst %1 månader totalt: till och med %2.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="184"/>
        <source>The card is already valid until %1.</source>
        <translation>Kortet gäller redan till och med %1.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="194"/>
        <source>The step &quot;%1&quot; takes no value.</source>
        <translation>Steget ”%1” tar inget värde.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="214"/>
        <source>There is no step to undo.</source>
        <translation>Det finns inget steg att ångra.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="228"/>
        <source>That step is not in force, so it cannot be undone.</source>
        <translation>Det steget gäller inte, så det kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="265"/>
        <source>Say why the track changes.</source>
        <translation>Ange varför spåret ändras.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="267"/>
        <source>A protected identity needs an alias: the name that lists may show.</source>
        <translation>En skyddad identitet behöver ett alias: det namn som får visas i listor.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="307"/>
        <source>Set the action aside until today or a later day.</source>
        <translation>Skjut upp åtgärden till idag eller en senare dag.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="332"/>
        <source>Import %1 was already undone on %2 by %3.</source>
        <translation>Import %1 ångrades redan den %2 av %3.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="360"/>
        <source>%1 stays: there are later changes to the student.</source>
        <translation>%1 finns kvar: studenten har ändrats senare.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="380"/>
        <source>%1 keeps its %2: it was changed again after this import.</source>
        <translation>%1: fältet %2 behålls, eftersom det har ändrats igen efter den här importen.</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="420"/>
        <source>Import %1 (%2) changed the %3 from &quot;%4&quot; to &quot;%5&quot;</source>
        <translation>Import %1 (%2) ändrade %3 från ”%4” till ”%5”</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="423"/>
        <source>Added by import %1 (%2)</source>
        <translation>Tillagd genom import %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="431"/>
        <source>Import %1 (%2) was undone</source>
        <translation>Import %1 (%2) ångrades</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="449"/>
        <source>Undone: %1 on %2</source>
        <translation>Ångrat: %1 den %2</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="451"/>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="453"/>
        <source>%1 on %2: %3</source>
        <translation>%1 den %2: %3</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="463"/>
        <source>Changed %1 from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Ändrade %1 från ”%2” till ”%3”</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="465"/>
        <source> (why: %1)</source>
        <translation> (skäl: %1)</translation>
    </message>
    <message>
        <location filename="../core/StudentService.cpp" line="473"/>
        <source>Set aside until %1: %2</source>
        <translation>Uppskjutet till och med %1: %2</translation>
    </message>
</context>
<context>
    <name>vfu::StudentStore</name>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="45"/>
        <source>The data file could not be read or written: %1</source>
        <translation>Datafilen kunde inte läsas eller skrivas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="368"/>
        <source>The change could not be started: %1</source>
        <translation>Ändringen kunde inte påbörjas: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/StudentStore.cpp" line="373"/>
        <source>The change could not be saved: %1</source>
        <translation>Ändringen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>vfu::StudentTableModel</name>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="210"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="212"/>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="214"/>
        <source>Given names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="216"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="218"/>
        <source>Stage</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="220"/>
        <source>Next due action</source>
        <translation>Nästa åtgärd</translation>
    </message>
    <message>
        <location filename="../ui/StudentTableModel.cpp" line="222"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
</context>
<context>
    <name>vfu::StudentsPage</name>
    <message>
        <location filename="../ui/StudentsPage.cpp" line="28"/>
        <source>Filter by name, identity number or HSA-ID</source>
        <translation>Filtrera på namn, personnummer eller HSA-id</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StudentsPage.cpp" line="120"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n studenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StudentsPage.cpp" line="121"/>
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 av %n student</numerusform>
            <numerusform>%1 av %n studenter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::TodayModel</name>
    <message>
        <location filename="../ui/TodayModel.cpp" line="90"/>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="92"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="94"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="96"/>
        <source>Identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="98"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../ui/TodayModel.cpp" line="100"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>vfu::TodayPage</name>
    <message>
        <location filename="../ui/TodayPage.cpp" line="55"/>
        <source>Nothing is due. Every student is on track.</source>
        <translation>Inget att göra. Alla studenter ligger i fas.</translation>
    </message>
    <message>
        <location filename="../ui/TodayPage.cpp" line="73"/>
        <source>Today, %1</source>
        <translation>Idag, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TodayPage.cpp" line="75"/>
        <source>%n action(s) due, most urgent first. Open one to see the student.</source>
        <translation>
            <numerusform>%n åtgärd att göra. Öppna den för att se studenten.</numerusform>
            <numerusform>%n åtgärder att göra, mest brådskande först. Öppna en för att se studenten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfu::Tracks</name>
    <message>
        <location filename="../core/journey/Track.cpp" line="40"/>
        <source>Ordinary</source>
        <translation>Ordinarie</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="42"/>
        <source>No Swedish personal number</source>
        <translation>Saknar svenskt personnummer</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="44"/>
        <source>Already holds a region card</source>
        <translation>Har redan regionens kort</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="46"/>
        <source>Card from another region</source>
        <translation>Kort från annan region</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="68"/>
        <source>New card</source>
        <translation>Nytt kort</translation>
    </message>
    <message>
        <location filename="../core/journey/Track.cpp" line="68"/>
        <source>Temporary card</source>
        <translation>Tillfälligt kort</translation>
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
    <name>vfu::cli::Cli</name>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="13"/>
        <source>import needs exactly one FILE.</source>
        <translation>import kräver exakt en FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="31"/>
        <source>%1: %2, separator %3, header on line %4</source>
        <translation>%1: %2, avgränsare %3, rubrikrad på rad %4</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="38"/>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="53"/>
        <source>Postal address columns ignored, never stored: %1</source>
        <translation>Kolumner med postadress ignoreras och sparas aldrig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="58"/>
        <source>Columns not used: %1</source>
        <translation>Kolumner som inte används: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="60"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected (import %5)</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade (import %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="103"/>
        <source>record needs IDENTITY and STEP.</source>
        <translation>record kräver IDENTITY och STEP.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="107"/>
        <source>&quot;%1&quot; is not a step; the steps are: %2.</source>
        <translation>”%1” är inget steg; stegen är: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="113"/>
        <source>--date needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date kräver ett datum som YYYY-MM-DD, inte ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="130"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 den %3</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="153"/>
        <source>Nothing is due.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="179"/>
        <source>--format must be csv or excel-csv.</source>
        <translation>--format måste vara csv eller excel-csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="182"/>
        <source>export needs --output FILE.</source>
        <translation>export kräver --output FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="214"/>
        <source>Track %1 (%2): %3</source>
        <translation>Spår %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/JourneyCommands.cpp" line="220"/>
        <source>Track other-region-card continues with the card steps of the choice; no-personal-number may take JoBSH on Canvas (canvas-enrolled) instead of Lärtorget; name-changed and temporary-card-extended can come at any time.</source>
        <translation>Spåret other-region-card fortsätter med kortstegen för det som valts; no-personal-number kan göra JoBSH på Canvas (canvas-enrolled) i stället för på Lärtorget; name-changed och temporary-card-extended kan komma när som helst.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="13"/>
        <source>history needs IDENTITY.</source>
        <translation>history kräver IDENTITY.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="27"/>
        <source>step %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="29"/>
        <source>(undone)</source>
        <translation>(ångrat)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="38"/>
        <source>undo needs IDENTITY (and --event N for another step than the last).</source>
        <translation>undo kräver IDENTITY (och --event N för ett annat steg än det senaste).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="48"/>
        <source>--event needs the number of a step, as `history` shows it.</source>
        <translation>--event kräver numret på ett steg, så som `history` visar det.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="58"/>
        <source>Undone: %1 on %2</source>
        <translation>Ångrat: %1 den %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="85"/>
        <source>%1 inserted, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="91"/>
        <source>(undone %1)</source>
        <translation>(ångrad %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="105"/>
        <source>undo-import needs the number of an import, as `imports` shows it.</source>
        <translation>undo-import kräver numret på en import, så som `imports` visar det.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="113"/>
        <source>Import %1 undone: %2 students removed, %3 fields set back.</source>
        <translation>Import %1 ångrad: %2 studenter borttagna, %3 fält återställda.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="126"/>
        <source>set needs IDENTITY.</source>
        <translation>set kräver IDENTITY.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="133"/>
        <source>--track must be ordinary, no-personal-number, region-card, other-region-card or auto.</source>
        <translation>--track måste vara ordinary, no-personal-number, region-card, other-region-card eller auto.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="141"/>
        <source>--protection must be none, address or alias.</source>
        <translation>--protection måste vara none, address eller alias.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="151"/>
        <source>--%1 must be on or off.</source>
        <translation>--%1 måste vara on eller off.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="166"/>
        <source>%1: track %2, protection %3, KliPP secrecy %4, exchange %5</source>
        <translation>%1: spår %2, skydd %3, KliPP:s sekretessmarkering %4, utbytesstudent %5</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="179"/>
        <source>acknowledge needs IDENTITY and ACTION (and --until YYYY-MM-DD).</source>
        <translation>acknowledge kräver IDENTITY och ACTION (och --until YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="182"/>
        <source>&quot;%1&quot; is not an action code; `due` shows them.</source>
        <translation>”%1” är ingen åtgärdskod; `due` visar dem.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="186"/>
        <source>acknowledge needs --until YYYY-MM-DD.</source>
        <translation>acknowledge kräver --until YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="195"/>
        <source>%1: %2 set aside until %3</source>
        <translation>%1: %2 skjuts upp till och med %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="212"/>
        <source>&quot;%1&quot; is not a setting; `policy` lists them.</source>
        <translation>”%1” är ingen inställning; `policy` listar dem.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="217"/>
        <source>policy set needs KEY and a whole number.</source>
        <translation>policy set kräver KEY och ett heltal.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="222"/>
        <source>policy takes no argument, or set KEY VALUE, or reset KEY.</source>
        <translation>policy tar inget argument, eller set KEY VALUE, eller reset KEY.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordKeepingCommands.cpp" line="238"/>
        <source>  (default %1)</source>
        <translation>  (standard %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
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
  policy [set KEY VALUE | reset KEY] [--json]   rutinens tidsgränser</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="52"/>
        <source>The data file (default: %1).</source>
        <translation>Datafilen (standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="57"/>
        <source>The day the step happened (default: today).</source>
        <translation>Dagen då steget gjordes (standard: idag).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>The HSA-ID, with the step hsa-id.</source>
        <translation>HSA-id:t, med steget hsa-id.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>Show what is due on this day (default: today).</source>
        <translation>Visa vad som ska göras den här dagen (standard: idag).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>Act as if today were this day.</source>
        <translation>Räkna som om idag vore den här dagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>csv (RFC 4180) or excel-csv (Swedish Excel).</source>
        <translation>csv (RFC 4180) eller excel-csv (svenska Excel).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>With card-choice: new-card or temporary-card.</source>
        <translation>Med card-choice: new-card eller temporary-card.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>With temporary-card-extended and acknowledge: the last day.</source>
        <translation>Med temporary-card-extended och acknowledge: sista dagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>With name-changed and acknowledge: a note.</source>
        <translation>Med name-changed och acknowledge: en anteckning.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>With undo: the step to undo, as history shows it.</source>
        <translation>Med undo: steget som ska ångras, så som history visar det.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="82"/>
        <source>With set: ordinary, no-personal-number, region-card, other-region-card, or auto.</source>
        <translation>Med set: ordinary, no-personal-number, region-card, other-region-card eller auto.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="84"/>
        <source>With set: none, address or alias.</source>
        <translation>Med set: none, address eller alias.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>With set: the alias of a protected identity.</source>
        <translation>Med set: alias för en skyddad identitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="88"/>
        <source>With set: KliPP&apos;s secrecy switch, on or off.</source>
        <translation>Med set: KliPP:s sekretessmarkering, on eller off.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="90"/>
        <source>With set: an exchange student, on or off.</source>
        <translation>Med set: utbytesstudent, on eller off.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="92"/>
        <source>With set: why (needed for a change of track).</source>
        <translation>Med set: varför (krävs vid byte av spår).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="96"/>
        <source>What to do (see above).</source>
        <translation>Vad som ska göras (se ovan).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>no command given; see --help.</source>
        <translation>inget kommando angavs; se --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="111"/>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 kräver ett datum som YYYY-MM-DD, inte ”%2”.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="135"/>
        <source>&quot;%1&quot; is not a command; see --help.</source>
        <translation>”%1” är inget kommando; se --help.</translation>
    </message>
</context>
</TS>
