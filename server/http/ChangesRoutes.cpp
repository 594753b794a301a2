// SPDX-License-Identifier: MIT
// ChangesRoutes: the cursor is a plain non-negative number the client keeps; pages as GET /applications.
#include "server/http/ChangesRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/RouteSupport.h"
#include "server/service/ChangeCache.h"
#include "server/service/ChangesService.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

class ChangesText
{
    Q_DECLARE_TR_FUNCTIONS(ChangesRoutes)
public:
    static QString badCursor() { return tr("since: give the cursor of the last answer (0 at first)."); }
};

} // namespace

void ChangesRoutes::install(RouteTable& server, Storage& storage)
{
    // One cache for the server's workers, alive as long as the route.
    auto cache = std::make_shared<ChangeCache>();
    server.Get("/api/v1/changes", [&storage, cache](const httplib::Request& request, httplib::Response& response) {
        const auto session = RouteSupport::session(request, response);
        if (!session) {
            return;
        }
        qint64 cursor = 0;
        if (request.has_param("since")) {
            bool ok = false;
            cursor = QString::fromUtf8(request.get_param_value("since")).toLongLong(&ok);
            if (!ok || cursor < 0) {
                ApiReply::error(response, ApiErrorCode::InvalidField, ChangesText::badCursor(), u"since"_s);
                return;
            }
        }
        const auto limit = ApplicationRoutes::pageLimit(request, response);
        if (!limit) {
            return;
        }
        const auto feed = ChangesService(storage, *cache).since(*session, cursor, *limit);
        if (!feed) {
            ApiReply::failure(response, feed.error());
            return;
        }
        // "next" is the cursor again while more changes wait, so a client that only stores "cursor"
        // still gets every change, one page per sync.
        ApiReply::send(response, 200, feed->toJson());
    });
}

} // namespace vsys::server
