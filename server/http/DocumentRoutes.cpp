// SPDX-License-Identifier: MIT
// DocumentRoutes: the list as JSON, the file as application/pdf with its name for "save as".
#include "server/http/DocumentRoutes.h"

#include "server/http/ApiReply.h"
#include "server/http/RouteSupport.h"
#include "server/service/DocumentService.h"
#include "server/service/RecordJson.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

void list(Storage& storage, const httplib::Request& request, httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const auto documents = DocumentService(storage).list(*session);
    if (!documents) {
        ApiReply::failure(response, documents.error());
        return;
    }
    QJsonArray list;
    for (const DocumentInfo& document : *documents) {
        list.append(RecordJson::document(document));
    }
    ApiReply::send(response, 200, QJsonObject{{u"documents"_s, list}});
}

void content(Storage& storage, const httplib::Request& request, httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const QString id = RouteSupport::capture(request, 1);
    if (!RouteSupport::isRecordId(id)) {
        ApiReply::error(response, ApiErrorCode::NotFound);
        return;
    }
    // cpp-httplib answers HEAD with the GET handler (and leaves the body out): only a GET, which
    // transfers the file, is a download.
    DocumentService documents(storage);
    const auto download = request.method == "HEAD" ? documents.peek(*session, id) : documents.download(*session, id);
    if (!download) {
        ApiReply::failure(response, download.error());
        return;
    }
    response.status = 200;
    // RFC 6266 / 5987: the Japanese file name percent-encoded as UTF-8.
    response.set_header("Content-Disposition",
                        "attachment; filename*=UTF-8''"
                            + QUrl::toPercentEncoding(download->info.filename).toStdString());
    response.set_content(download->content.constData(), size_t(download->content.size()), "application/pdf");
}

} // namespace

void DocumentRoutes::install(RouteTable& server, Storage& storage)
{
    server.Get("/api/v1/documents", [&storage](const httplib::Request& request, httplib::Response& response) {
        list(storage, request, response);
    });
    server.Get("/api/v1/documents/([^/]+)/content",
               [&storage](const httplib::Request& request, httplib::Response& response) {
                   content(storage, request, response);
               });
}

} // namespace vsys::server
