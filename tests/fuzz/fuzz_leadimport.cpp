// Fuzz target: lead import's dry run (LeadImporter::dryRun, io/leadimport.h: the wizard's
// preview and bantam-cli import leads --dry-run) on any CSV bytes — format detection, the
// suggested mapping, and every row mapped and checked as the import maps it (names, e-mails,
// phones, dates, stages, owners, reasons), against a fresh database made once per process.
// Checks: the rows it counts are the file's records, rejected and warned rows among them.
#include "clock.h"
#include "domain/user.h"
#include "events/eventbus.h"
#include "fuzzcheck.h"
#include "io/leadimport.h"
#include "services.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace bantam;

namespace {

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    EventBus events;
    SystemClock clock;
    std::unique_ptr<Services> services;
    User admin;
};

World *world = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv); // the SQL driver plugins need one; lives to the end
    world = new World;
    auto db = Database::open(world->dir.filePath(QStringLiteral("fuzz.sqlite")));
    if (!db) {
        std::fprintf(stderr, "cannot make the database: %s\n", qPrintable(db.error().message));
        std::abort();
    }
    world->db = std::move(db.value());
    world->services = std::make_unique<Services>(*world->db, world->events, world->clock);
    world->admin.id = 1;
    world->admin.login = QStringLiteral("admin");
    world->admin.role = Role::Admin;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = world->dir.filePath(QStringLiteral("leads.csv"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    ImportOptions options;
    options.region = size % 2 ? QStringLiteral("US") : QStringLiteral("DE");
    auto dry = world->services->leadImporter().dryRun(world->admin, path, options);
    if (!dry) {
        FUZZ_CHECK(!dry.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(dry->rejected <= dry->rows && dry->warned <= dry->rows - dry->rejected);
    qint64 staged = 0;
    for (const auto &[stage, n] : dry->stages)
        staged += n;
    FUZZ_CHECK(staged == dry->rows - dry->rejected);
    return 0;
}
