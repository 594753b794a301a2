// SPDX-License-Identifier: MIT
#include "sync/InstitutionJobs.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace vsys::sync {

PutInstitutionJob::PutInstitutionJob(ApiAccessManager& manager,
                                     core::InstitutionDetails details,
                                     int baseVersion,
                                     QObject* parent)
    : ApiJob(manager, parent)
    , m_details(std::move(details))
    , m_baseVersion(baseVersion)
{}

void PutInstitutionJob::start()
{
    QNetworkRequest request = makeRequest(u"/institution"_s);
    // Always sent, 0 included: a first save must not overwrite details saved meanwhile elsewhere.
    request.setRawHeader("If-Match", QByteArray::number(m_baseVersion));
    sendJson("PUT", request, QJsonObject{{u"fields"_s, core::InstitutionJson::toJson(m_details)}});
}

core::Result<void> PutInstitutionJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto record = core::InstitutionRecordJson::fromJson(json().value(u"institution"_s).toObject());
    if (!record) {
        return core::Error{record.error().field, unreadableAnswer(record.error().message)};
    }
    m_record = std::move(record).value();
    return {};
}

PutDoctorJob::PutDoctorJob(ApiAccessManager& manager, core::Doctor doctor, int baseVersion, QObject* parent)
    : ApiJob(manager, parent)
    , m_doctor(std::move(doctor))
    , m_baseVersion(baseVersion)
{}

void PutDoctorJob::start()
{
    QNetworkRequest request = makeRequest(u"/doctors/"_s + m_doctor.id);
    if (m_baseVersion > 0) {
        request.setRawHeader("If-Match", QByteArray::number(m_baseVersion));
    }
    QJsonObject body = core::DoctorJson::toJson(m_doctor);
    body.remove(u"id"_s);
    body.remove(u"version"_s);
    body.remove(u"updated_at"_s);
    sendJson("PUT", request, body);
}

core::Result<void> PutDoctorJob::readBody(const QByteArray& body)
{
    if (auto read = ApiJob::readBody(body); !read) {
        return read;
    }
    auto doctor = core::DoctorJson::fromJson(json());
    if (!doctor) {
        return core::Error{doctor.error().field, unreadableAnswer(doctor.error().message)};
    }
    m_answer = std::move(doctor).value();
    return {};
}

DeleteDoctorJob::DeleteDoctorJob(ApiAccessManager& manager, QString id, QObject* parent)
    : ApiJob(manager, parent)
    , m_id(std::move(id))
{}

void DeleteDoctorJob::start()
{
    sendRequest("DELETE", makeRequest(u"/doctors/"_s + m_id));
}

} // namespace vsys::sync
