#include "support/Catch.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonDocument json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document;
    }
};

// Runs vfudesk-cli on a data file in `dir`, on the fixed day 2026-12-03, in English.
Run cli(const QTemporaryDir &dir, QStringList arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    arguments.prepend(dir.filePath(QStringLiteral("vfudesk.sqlite")));
    arguments.prepend(QStringLiteral("--database"));
    if (!arguments.contains(QStringLiteral("--on")))
        arguments << QStringLiteral("--today") << QStringLiteral("2026-12-03");
    process.start(QStringLiteral(VFU_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString sample =
    vfu::test::testDataPath(QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv"));

QJsonObject studentIn(const QJsonArray &list, const QString &identity)
{
    for (const QJsonValue &value : list) {
        if (value[QStringLiteral("identity")].toString() == identity)
            return value.toObject();
    }
    FAIL("no student " << identity.toStdString());
    return {};
}

// Starts `count` vfudesk-cli with the same arguments at once; each must succeed.
void runTogether(int count, const QStringList &arguments)
{
    QList<QProcess *> processes;
    for (int i = 0; i < count; ++i) {
        auto *process = new QProcess;
        process->start(QStringLiteral(VFU_CLI_PATH), arguments);
        processes.append(process);
    }
    for (QProcess *process : std::as_const(processes)) {
        REQUIRE(process->waitForFinished(60000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitCode() == 0);
        delete process;
    }
}

} // namespace

TEST_CASE("import --json reports 150 inserted for the sample, then 150 unchanged")
{
    QTemporaryDir dir;
    const Run first = cli(dir, {QStringLiteral("import"), sample, QStringLiteral("--json")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject report = first.json().object();
    CHECK(report[QStringLiteral("inserted")].toInt() == 150);
    CHECK(report[QStringLiteral("updated")].toInt() == 0);
    CHECK(report[QStringLiteral("unchanged")].toInt() == 0);
    CHECK(report[QStringLiteral("rejected")].toArray().isEmpty());

    const QJsonObject again =
        cli(dir, {QStringLiteral("import"), sample, QStringLiteral("--json")}).json().object();
    CHECK(again[QStringLiteral("inserted")].toInt() == 0);
    CHECK(again[QStringLiteral("unchanged")].toInt() == 150);
}

TEST_CASE("import --json lists each rejected line with its column and reason, and exits 3")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "Personnummer;Efternamn;Förnamn\n19500818-2304;Nilsson;Ida\n19500818-2305;Olsson;Klara\n");
    file.close();

    const Run run = cli(dir, {QStringLiteral("import"), path, QStringLiteral("--json")});
    CHECK(run.exitCode == 3);
    const QJsonObject report = run.json().object();
    CHECK(report[QStringLiteral("inserted")].toInt() == 1);
    const QJsonArray rejected = report[QStringLiteral("rejected")].toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0][QStringLiteral("line")].toInt() == 3);
    CHECK(rejected[0][QStringLiteral("column")].toString() == QStringLiteral("Personnummer"));
    CHECK(rejected[0][QStringLiteral("reason")].toString().contains(QStringLiteral("check digit")));
}

TEST_CASE("A student is taken from KliPP registration to an activated card on the command line")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);

    const Run registered = cli(dir, {QStringLiteral("record"), QStringLiteral("19500818-2304"),
                                     QStringLiteral("klipp-registered"), QStringLiteral("--date"),
                                     QStringLiteral("2026-11-20")});
    INFO(registered.err.toStdString());
    REQUIRE(registered.exitCode == 0);

    const Run due = cli(dir, {QStringLiteral("due"), QStringLiteral("--on"),
                              QStringLiteral("2026-12-03"), QStringLiteral("--json")});
    const QJsonArray actions = due.json().array();
    REQUIRE(actions.size() == 1);
    CHECK(actions[0][QStringLiteral("identity")].toString() == QStringLiteral("19500818-2304"));
    CHECK(actions[0][QStringLiteral("action")].toString() == QStringLiteral("jobsh-link-missing"));
    CHECK(actions[0][QStringLiteral("due")].toString() == QStringLiteral("2026-11-23"));
    CHECK(actions[0][QStringLiteral("urgency")].toString() == QStringLiteral("overdue"));
    CHECK(actions[0][QStringLiteral("why")].toString().startsWith(
        QStringLiteral("Registered in KliPP on 2026-11-20")));

    // Any accepted spelling of the number finds the student.
    const QList<QStringList> steps = {
        {QStringLiteral("500818-2304"), QStringLiteral("hsa-id"), QStringLiteral("--hsa-id"),
         QStringLiteral("SE2321000016-A1B2")},
        {QStringLiteral("195008182304"), QStringLiteral("jobsh-link-sent"),
         QStringLiteral("--date"), QStringLiteral("2026-11-24")},
        {QStringLiteral(" 5008182304 "), QStringLiteral("jobsh-completed"),
         QStringLiteral("--date"), QStringLiteral("2026-11-26")},
        {QStringLiteral("19500818-2304"), QStringLiteral("certificate-received"),
         QStringLiteral("--date"), QStringLiteral("2026-11-26")},
        {QStringLiteral("19500818-2304"), QStringLiteral("card-ordered"), QStringLiteral("--date"),
         QStringLiteral("2026-11-27")},
        {QStringLiteral("19500818-2304"), QStringLiteral("photographed"), QStringLiteral("--date"),
         QStringLiteral("2026-12-01")},
        {QStringLiteral("19500818-2304"), QStringLiteral("card-activated")},
    };
    for (QStringList step : steps) {
        step.prepend(QStringLiteral("record"));
        const Run run = cli(dir, step);
        INFO(step.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
    }

    const QJsonArray list =
        cli(dir, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    CHECK(list.size() == 150);
    const QJsonObject ida = studentIn(list, QStringLiteral("19500818-2304"));
    CHECK(ida[QStringLiteral("stage")].toString() == QStringLiteral("card-active"));
    CHECK(ida[QStringLiteral("hsaId")].toString() == QStringLiteral("SE2321000016-A1B2"));
    CHECK(ida[QStringLiteral("familyName")].toString() == QStringLiteral("Nilsson"));
    CHECK(studentIn(list, QStringLiteral("19891231-2389"))[QStringLiteral("stage")].toString() ==
          QStringLiteral("new"));

    const Run nothingDue = cli(dir, {QStringLiteral("due"), QStringLiteral("--json")});
    CHECK(nothingDue.json().array().isEmpty());
}

TEST_CASE("record refuses an unknown step, a bad HSA-ID, a future date and an unknown student, "
          "saying why")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);

    const Run unknownStep = cli(dir, {QStringLiteral("record"), QStringLiteral("19500818-2304"),
                                      QStringLiteral("vaccinated")});
    CHECK(unknownStep.exitCode == 2);
    CHECK(unknownStep.err.contains(
        QStringLiteral("\"vaccinated\" is not a step; the steps are: klipp-registered, hsa-id,")));

    const Run badHsa = cli(dir, {QStringLiteral("record"), QStringLiteral("19500818-2304"),
                                 QStringLiteral("hsa-id"), QStringLiteral("--hsa-id"),
                                 QStringLiteral("SE2321000016-ÅSA")});
    CHECK(badHsa.exitCode == 1);
    CHECK(badHsa.err.contains(QStringLiteral("Å")));

    const Run future = cli(dir, {QStringLiteral("record"), QStringLiteral("19500818-2304"),
                                 QStringLiteral("photographed"), QStringLiteral("--date"),
                                 QStringLiteral("2026-12-04")});
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("2026-12-04 is in the future")));

    const Run stranger = cli(dir, {QStringLiteral("record"), QStringLiteral("189001019802"),
                                   QStringLiteral("photographed")});
    CHECK(stranger.exitCode == 1);
    CHECK(
        stranger.err.contains(QStringLiteral("No student has the identity number 18900101-9802.")));

    const QJsonArray list =
        cli(dir, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    CHECK(studentIn(list, QStringLiteral("19500818-2304"))[QStringLiteral("stage")].toString() ==
          QStringLiteral("new"));
}

TEST_CASE("A mistake on the command line, as a date that is no day, is refused saying why")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);
    const QString ida = QStringLiteral("19500818-2304");
    const struct
    {
        QStringList arguments;
        QString err;
    } cases[] = {
        {{QStringLiteral("record"), ida, QStringLiteral("photographed"), QStringLiteral("--date"),
          QStringLiteral("2026-02-30")},
         QStringLiteral("--date: 2026-02-30 is not a date; February 2026 has 28 days.")},
        {{QStringLiteral("record"), ida, QStringLiteral("photographed"), QStringLiteral("--date"),
          QStringLiteral("2024-02-30")},
         QStringLiteral("--date: 2024-02-30 is not a date; February 2024 has 29 days.")},
        {{QStringLiteral("record"), ida, QStringLiteral("photographed"), QStringLiteral("--date"),
          QStringLiteral("3 december")},
         QStringLiteral("--date needs a date as YYYY-MM-DD, not \"3 december\".")},
        {{QStringLiteral("due"), QStringLiteral("--on"), QStringLiteral("2026-13-01")},
         QStringLiteral("--on: 2026-13-01 is not a date; the months are 01 to 12.")},
        {{QStringLiteral("compensation"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
          QStringLiteral("--to"), QStringLiteral("2026-11-31")},
         QStringLiteral("--to: 2026-11-31 is not a date; November 2026 has 30 days.")},
        // Before, a bad --date here was taken for no date at all.
        {{QStringLiteral("placement-status"), QStringLiteral("1"), QStringLiteral("ongoing"),
          QStringLiteral("--date"), QStringLiteral("2026-04-31")},
         QStringLiteral("--date: 2026-04-31 is not a date; April 2026 has 30 days.")},
        // Qt's own reading of a date takes the first ten characters and ignores the rest.
        {{QStringLiteral("record"), ida, QStringLiteral("photographed"), QStringLiteral("--date"),
          QStringLiteral("2026-02-03xyz")},
         QStringLiteral("--date needs a date as YYYY-MM-DD, not \"2026-02-03xyz\".")},
        {{QStringLiteral("due"), QStringLiteral("--on"), QStringLiteral("2026-02-03T25:99")},
         QStringLiteral("--on needs a date as YYYY-MM-DD, not \"2026-02-03T25:99\".")},
        // A mistake of the command line exits 2 and names the program, as every other does.
        {{QStringLiteral("list"), QStringLiteral("--bogus")},
         QStringLiteral("Unknown option 'bogus'.")},
        {{QStringLiteral("import"), sample, QStringLiteral("--kind"), QString()},
         QStringLiteral("--kind must be students, units or placements.")},
    };
    for (const auto &c : cases) {
        const Run refused = cli(dir, c.arguments);
        INFO(c.arguments.join(u' ').toStdString());
        CHECK(refused.exitCode == 2);
        CHECK(refused.err == QStringLiteral("vfudesk-cli: ") + c.err + u'\n');
    }
    const QJsonArray list =
        cli(dir, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    CHECK(studentIn(list, ida)[QStringLiteral("stage")].toString() == QStringLiteral("new"));
}

TEST_CASE("export --format excel-csv writes a BOM and semicolons, and an unknown format is refused")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);
    const QString output = dir.filePath(QStringLiteral("out.csv"));
    const Run run = cli(dir, {QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("excel-csv"), QStringLiteral("--output"), output});
    REQUIRE(run.exitCode == 0);
    QFile file(output);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readLine() == QByteArray("\xEF\xBB\xBFPersonnummer;Efternamn;Förnamn;E-post;"
                                        "Programkod;Program;HSA-ID;Steg\r\n"));
    // The students of one import come in the order of their identity numbers.
    CHECK(file.readLine() ==
          QByteArray("19350586-2395;Holm;Sara;;2SJ20;Sjuksköterskeprogrammet;;new\r\n"));

    const Run bad = cli(dir, {QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("xlsx"), QStringLiteral("--output"), output});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--format must be csv or excel-csv.")));
}

TEST_CASE("Units, placements, an interruption, the compensation basis and a unit's list on the "
          "command line")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);
    const QString unitsFile = dir.filePath(QStringLiteral("units.csv"));
    QFile units(unitsFile);
    REQUIRE(units.open(QIODevice::WriteOnly));
    units.write("Namn;HSA-ID;Region\nAvdelning 12;SE2321000016-W12;inom\nHemtjänst Norr;;utom\n");
    units.close();
    const QJsonObject unitReport =
        cli(dir, {QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("units"),
                  unitsFile, QStringLiteral("--json")})
            .json()
            .object();
    CHECK(unitReport[QStringLiteral("inserted")].toInt() == 2);
    CHECK(cli(dir, {QStringLiteral("add-unit"), QStringLiteral("Akuten"),
                    QStringLiteral("--hsa-id"), QStringLiteral("SE2321000016-AK1")})
              .exitCode == 0);

    const Run placed =
        cli(dir, {QStringLiteral("place"), QStringLiteral("19500818-2304"),
                  QStringLiteral("Akuten"), QStringLiteral("--course"), QStringLiteral("2SJ203"),
                  QStringLiteral("--start"), QStringLiteral("2026-11-02"), QStringLiteral("--end"),
                  QStringLiteral("2026-11-27"), QStringLiteral("--json")});
    INFO(placed.err.toStdString());
    REQUIRE(placed.exitCode == 0);
    const int id = placed.json().object()[QStringLiteral("id")].toInt();

    const Run interrupted =
        cli(dir, {QStringLiteral("interrupt"), QString::number(id), QStringLiteral("--date"),
                  QStringLiteral("2026-11-13"), QStringLiteral("--examiner"),
                  QStringLiteral("Examinator Test"), QStringLiteral("--reason"),
                  QStringLiteral("Patient safety")});
    INFO(interrupted.err.toStdString());
    CHECK(interrupted.exitCode == 0);

    const QJsonArray placements =
        cli(dir, {QStringLiteral("placements"), QStringLiteral("--json")}).json().array();
    REQUIRE(placements.size() == 1);
    CHECK(placements[0][QStringLiteral("status")].toString() == QStringLiteral("interrupted"));
    CHECK(placements[0][QStringLiteral("interruptedOn")].toString() ==
          QStringLiteral("2026-11-13"));
    CHECK(placements[0][QStringLiteral("unit")].toString() == QStringLiteral("Akuten"));

    const QJsonObject basis = cli(dir, {QStringLiteral("compensation"), QStringLiteral("--from"),
                                        QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                        QStringLiteral("2026-11-30"), QStringLiteral("--json")})
                                  .json()
                                  .object();
    CHECK(basis[QStringLiteral("totalDays")].toInt() == 12);
    CHECK(basis[QStringLiteral("rule")].toString() == QStringLiteral("calendar-weeks"));

    const QString list = dir.filePath(QStringLiteral("akuten.csv"));
    const Run unitList =
        cli(dir, {QStringLiteral("unit-list"), QStringLiteral("SE2321000016-AK1"),
                  QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-11-30"), QStringLiteral("--output"), list,
                  QStringLiteral("--format"), QStringLiteral("excel-csv")});
    REQUIRE(unitList.exitCode == 0);
    QFile file(list);
    REQUIRE(file.open(QIODevice::ReadOnly));
    file.readLine();
    CHECK(file.readLine() ==
          QByteArray("19500818-2304;Nilsson;Ida;;;2SJ203;2026-11-02;2026-11-13;interrupted;\r\n"));
}

TEST_CASE("export refuses to write over the data file, which stays as it was")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);
    const Run refused =
        cli(dir, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--output"), dir.filePath(QStringLiteral("vfudesk.sqlite"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("is a database, not a list; nothing was written.")));
    const Run list = cli(dir, {QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().array().size() == 150);
}

TEST_CASE("import of a list with an unclosed quote names the file, line and column, and stores "
          "nothing")
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("deltagande.csv"));
    QFile file(list);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Personnummer;Efternamn;F\xc3\xb6rnamn\n"
               "19891231-2389;Olsson;Klara\n"
               "19500818-2304;\"Nilsson;Ida\n"
               "19820820-2393;Berg;Anna\n");
    file.close();

    const Run refused = cli(dir, {QStringLiteral("import"), list});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == QStringLiteral("vfudesk-cli: deltagande.csv, line 3, column 2: a quoted "
                                        "field starts here and has no closing quote, so the rest "
                                        "of the file cannot be read.\n"));
    const Run stored = cli(dir, {QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(stored.exitCode == 0);
    CHECK(stored.json().array().isEmpty());
}

TEST_CASE("list and due in plain text show a protected identity's alias, never its number or name")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);
    REQUIRE(cli(dir, {QStringLiteral("record"), QStringLiteral("19891231-2389"),
                      QStringLiteral("klipp-registered"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-20")})
                .exitCode == 0);
    REQUIRE(cli(dir, {QStringLiteral("set"), QStringLiteral("19891231-2389"),
                      QStringLiteral("--protection"), QStringLiteral("alias"),
                      QStringLiteral("--alias"), QStringLiteral("Student A")})
                .exitCode == 0);
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("due")}) {
        const Run run = cli(dir, {command});
        INFO(command.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString out = QString::fromUtf8(run.out);
        CHECK(out.contains(QStringLiteral("Student A")));
        CHECK_FALSE(out.contains(QStringLiteral("19891231-2389")));
        CHECK_FALSE(out.contains(QStringLiteral("Olsson, Klara")));
    }
}

TEST_CASE("Commands started together on a new data file all find it made once")
{
    // The moment two of them both find no file and both make it is narrow: try it on a few files.
    QTemporaryDir dir;
    for (int round = 0; round < 5; ++round) {
        const QString path = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
        runTogether(6, {QStringLiteral("--database"), path, QStringLiteral("list")});
        CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser));
    }
    // None of them took the file another was making for an older one, and copied it.
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("*.before-*")}, QDir::Files);
    CHECK(files == QStringList());
}

TEST_CASE("Undos started together undo as many different steps")
{
    QTemporaryDir dir;
    REQUIRE(cli(dir, {QStringLiteral("import"), sample}).exitCode == 0);
    for (const QString &date : {QStringLiteral("2026-11-01"), QStringLiteral("2026-11-02"),
                                QStringLiteral("2026-11-03"), QStringLiteral("2026-11-04")}) {
        REQUIRE(cli(dir, {QStringLiteral("record"), QStringLiteral("19891231-2389"),
                          QStringLiteral("klipp-registered"), QStringLiteral("--date"), date})
                    .exitCode == 0);
    }
    runTogether(3, {QStringLiteral("--database"), dir.filePath(QStringLiteral("vfudesk.sqlite")),
                    QStringLiteral("undo"), QStringLiteral("19891231-2389")});
    int cancelled = 0;
    const QJsonArray history = cli(dir, {QStringLiteral("history"), QStringLiteral("19891231-2389"),
                                         QStringLiteral("--json")})
                                   .json()
                                   .array();
    for (const QJsonValue &entry : history)
        cancelled += entry[QStringLiteral("cancelled")].toBool() ? 1 : 0;
    CHECK(cancelled == 3);
}
