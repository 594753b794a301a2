// SPDX-License-Identifier: MIT
// InstitutionRoutes: the record and doctors in core's JSON codecs; the rules are InstitutionService's.
#include "server/http/InstitutionRoutes.h"

#include "core/application/ApplicationRecord.h"
#include "server/http/ApiReply.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/RequestBody.h"
#include "server/http/RouteSupport.h"
#include "server/service/InstitutionService.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

class InstitutionText
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRoutes)
public:
    static QString badFields()
    {
        return tr("fields: send the medical institution details as a JSON object in \"fields\".");
    }
    static QString badId()
    {
        return tr("id: the doctor's id must be a lower-case UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.");
    }
};

/// {"server_time","institution"}: the answer of GET and of an accepted PUT.
QJsonObject institutionAnswer(const core::InstitutionRecord& record, const ServerClock& clock)
{
    return {{u"server_time"_s, core::ApplicationJson::timeToJson(clock.now())},
            {u"institution"_s, core::InstitutionRecordJson::toJson(record)}};
}

void getInstitution(Storage& storage,
                    const ServerClock& clock,
                    const httplib::Request& request,
                    httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const auto record = InstitutionService(storage, clock).get(*session);
    if (!record) {
        ApiReply::failure(response, record.error());
        return;
    }
    ApiReply::send(response, 200, institutionAnswer(*record, clock));
}

void putInstitution(Storage& storage,
                    const ServerClock& clock,
                    const httplib::Request& request,
                    httplib::Response& response,
                    const httplib::ContentReader& reader)
{
    const auto write = RouteSupport::sessionAndBody(request, reader, response);
    if (!write) {
        return;
    }
    const VenueSession& session = write->session;
    const QJsonObject& body = write->body;
    if (!body.value(u"fields"_s).isObject()) {
        ApiReply::error(response, ApiErrorCode::InvalidField, InstitutionText::badFields(), u"fields"_s);
        return;
    }
    const auto details = core::InstitutionJson::fromJson(body.value(u"fields"_s).toObject(), u"fields."_s);
    if (!details) {
        ApiReply::error(response, ApiErrorCode::InvalidField, details.error().message, details.error().field);
        return;
    }
    const RouteSupport::IfMatch ifMatch = RouteSupport::ifMatch(request, response);
    if (!ifMatch.valid) {
        return;
    }
    const auto record = InstitutionService(storage, clock).put(session, *details, ifMatch.version);
    if (!record) {
        ApiReply::failure(response, record.error());
        return;
    }
    ApiReply::send(response, 200, institutionAnswer(*record, clock));
}

void listDoctors(Storage& storage,
                 const ServerClock& clock,
                 const httplib::Request& request,
                 httplib::Response& response)
{
    const auto session = RouteSupport::session(request, response);
    if (!session) {
        return;
    }
    const auto limit = ApplicationRoutes::pageLimit(request, response);
    if (!limit) {
        return;
    }
    const auto page = InstitutionService(storage, clock)
                          .doctors(*session, QString::fromUtf8(request.get_param_value("after")), *limit);
    if (!page) {
        ApiReply::failure(response, page.error());
        return;
    }
    QJsonArray doctors;
    for (const core::Doctor& doctor : page->doctors) {
        doctors.append(core::DoctorJson::toJson(doctor));
    }
    ApiReply::send(response, 200,
                   QJsonObject{{u"doctors"_s, doctors},
                               {u"next"_s, page->next.isEmpty() ? QJsonValue() : QJsonValue(page->next)}});
}

void putDoctor(Storage& storage,
               const ServerClock& clock,
               const httplib::Request& request,
               httplib::Response& response,
               const httplib::ContentReader& reader)
{
    const auto write = RouteSupport::sessionAndBody(request, reader, response);
    if (!write) {
        return;
    }
    const VenueSession& session = write->session;
    const QJsonObject& body = write->body;
    const QString id = RouteSupport::capture(request, 1);
    if (!RouteSupport::isRecordId(id)) {
        ApiReply::error(response, ApiErrorCode::InvalidField, InstitutionText::badId(), u"id"_s);
        return;
    }
    const auto content = core::DoctorJson::contentFromJson(body);
    if (!content) {
        ApiReply::error(response, ApiErrorCode::InvalidField, content.error().message, content.error().field);
        return;
    }
    const RouteSupport::IfMatch ifMatch = RouteSupport::ifMatch(request, response);
    if (!ifMatch.valid) {
        return;
    }
    const auto doctor = InstitutionService(storage, clock).putDoctor(session, id, *content, ifMatch.version);
    if (!doctor) {
        ApiReply::failure(response, doctor.error());
        return;
    }
    ApiReply::send(response, doctor->version == 1 ? 201 : 200, core::DoctorJson::toJson(*doctor));
}

void deleteDoctor(Storage& storage,
                  const ServerClock& clock,
                  const httplib::Request& request,
                  httplib::Response& response,
                  const httplib::ContentReader& reader)
{
    const auto session = RouteSupport::session(request, response);
    if (!session || !RequestBody::read(request, reader, response)) {
        return;
    }
    const QString id = RouteSupport::capture(request, 1);
    if (!RouteSupport::isRecordId(id)) {
        ApiReply::error(response, ApiErrorCode::NotFound);
        return;
    }
    const RouteSupport::IfMatch ifMatch = RouteSupport::ifMatch(request, response);
    if (!ifMatch.valid) {
        return;
    }
    const auto deleted = InstitutionService(storage, clock).deleteDoctor(*session, id, ifMatch.version);
    if (!deleted) {
        ApiReply::failure(response, deleted.error());
        return;
    }
    ApiReply::send(response, 200, core::DoctorJson::deletedJson(id));
}

} // namespace

void InstitutionRoutes::install(RouteTable& server, Storage& storage, const ServerClock& clock)
{
    server.Get("/api/v1/institution", [&storage, clock](const httplib::Request& request, httplib::Response& response) {
        getInstitution(storage, clock, request, response);
    });
    server.Put("/api/v1/institution",
               [&storage, clock](const httplib::Request& request, httplib::Response& response,
                                 const httplib::ContentReader& reader) {
                   putInstitution(storage, clock, request, response, reader);
               });
    server.Get("/api/v1/doctors", [&storage, clock](const httplib::Request& request, httplib::Response& response) {
        listDoctors(storage, clock, request, response);
    });
    server.Put("/api/v1/doctors/([^/]+)",
               [&storage, clock](const httplib::Request& request, httplib::Response& response,
                                 const httplib::ContentReader& reader) {
                   putDoctor(storage, clock, request, response, reader);
               });
    server.Delete("/api/v1/doctors/([^/]+)",
                  [&storage, clock](const httplib::Request& request, httplib::Response& response,
                                    const httplib::ContentReader& reader) {
                      deleteDoctor(storage, clock, request, response, reader);
                  });
}

} // namespace vsys::server
