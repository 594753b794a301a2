// SPDX-License-Identifier: MIT
// InstitutionJobs: PUT /institution (医療機関情報), PUT and DELETE /doctors/{id} (接種担当医師), one class per
// request (docs/api.md "医療機関情報と接種担当医師").
#pragma once

#include "core/institution/Doctor.h"
#include "core/institution/InstitutionDetails.h"
#include "sync/ApiJob.h"

namespace vsys::sync {

/// The details as the page holds them, on the record of `baseVersion` (If-Match, 0 included).
class PutInstitutionJob : public ApiJob
{
    Q_OBJECT
public:
    PutInstitutionJob(ApiAccessManager& manager,
                      core::InstitutionDetails details,
                      int baseVersion,
                      QObject* parent = nullptr);

    void start() override;
    /// The record the server answered (valid once succeeded()): the approved values and any pending request.
    const core::InstitutionRecord& record() const { return m_record; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::InstitutionDetails m_details;
    int m_baseVersion = 0;
    core::InstitutionRecord m_record;
};

/// Creates (`baseVersion` 0, no If-Match) or updates the doctor `doctor.id`.
class PutDoctorJob : public ApiJob
{
    Q_OBJECT
public:
    PutDoctorJob(ApiAccessManager& manager, core::Doctor doctor, int baseVersion, QObject* parent = nullptr);

    void start() override;
    const core::Doctor& doctor() const { return m_answer; }

protected:
    core::Result<void> readBody(const QByteArray& body) override;

private:
    core::Doctor m_doctor;
    int m_baseVersion = 0;
    core::Doctor m_answer;
};

class DeleteDoctorJob : public ApiJob
{
    Q_OBJECT
public:
    DeleteDoctorJob(ApiAccessManager& manager, QString id, QObject* parent = nullptr);

    void start() override;

private:
    QString m_id;
};

} // namespace vsys::sync
