// SPDX-License-Identifier: MIT
// ApiRouter: the order matters only for the routes: cpp-httplib takes the first pattern that matches, so the
// fallbacks come last.
#include "server/http/ApiRouter.h"

#include "server/Logging.h"
#include "server/http/ApiReply.h"
#include "server/http/ApplicationActionRoutes.h"
#include "server/http/ApplicationRoutes.h"
#include "server/http/ChangesRoutes.h"
#include "server/http/ClosingAnswer.h"
#include "server/http/CoolRoutes.h"
#include "server/http/DocumentRoutes.h"
#include "server/http/DoseRoutes.h"
#include "server/http/InquiryRoutes.h"
#include "server/http/InstitutionRoutes.h"
#include "server/http/PlanRoutes.h"
#include "server/http/ReportRoutes.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestGate.h"
#include "server/http/RequestId.h"
#include "server/http/RouteTable.h"
#include "server/http/SessionRoutes.h"
#include "server/http/VenueRoutes.h"
#include "server/web/WebRoutes.h"

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

/// The error of an answer cpp-httplib made itself, by its status.
ApiErrorCode libraryRefusal(int status)
{
    switch (status) {
    case 404:
        return ApiErrorCode::NotFound;
    case 413:
        return ApiErrorCode::BodyTooLarge;
    case 414:
        return ApiErrorCode::UriTooLong;
    case 416:
        return ApiErrorCode::RangeNotSatisfiable;
    case 500:
        return ApiErrorCode::Internal;
    default:
        // 400: a request line or header the library could not read, or a body it could not read (a bad
        // chunk); any other code it might add is a refusal of the request's form as well.
        return ApiErrorCode::MalformedRequest;
    }
}

/// The JSON error for an answer cpp-httplib made itself (a request it could not parse, no route, a
/// body over the limit, a bad Range), and the end of the connection for every answer that must end it.
void answerRefusal(const httplib::Request& request, httplib::Response& response)
{
    if (response.body.empty()) {
        const int status = response.status;
        ApiReply::error(response, libraryRefusal(status));
        // Whatever else the library refused by itself may have left bytes of the request unread: the
        // rest of a request line it could not parse, its headers, a body. Only its 404 comes after a
        // whole request was read (the gate refuses a body on a request the library does not read one of).
        if (status != 404) {
            ClosingAnswer::mark(response);
        }
    }
    if (ClosingAnswer::isMarked(response)) {
        ClosingAnswer::endConnectionAfter(request, response);
    }
}

/// Bodies sent to a path without a route are read within the limit too (cpp-httplib would otherwise
/// buffer a chunked one whole before answering 404).
void installFallbacks(RouteTable& server)
{
    const auto notFound
        = [](const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader) {
              if (RequestBody::read(request, reader, response)) {
                  ApiReply::error(response, ApiErrorCode::NotFound);
              }
          };
    server.Post(".*", notFound);
    server.Put(".*", notFound);
    server.Patch(".*", notFound);
    server.Delete(".*", notFound);
}

} // namespace

void ApiRouter::install(
    httplib::Server& server, Storage& storage, RequestGate& gate, const ServerClock& clock, DatabaseWorkers* workers)
{
    // Covers Content-Length bodies only; RequestBody covers the rest.
    server.set_payload_max_length(RequestBody::kMaxBody);
    // Without it, cpp-httplib answers 500 with e.what() in an EXCEPTION_WHAT response header.
    server.set_exception_handler([](const httplib::Request& request, httplib::Response& response,
                                    std::exception_ptr exception) {
        QString what = u"unknown exception"_s;
        try {
            std::rethrow_exception(exception);
        } catch (const std::exception& e) {
            what = QString::fromLocal8Bit(e.what());
        } catch (...) {}
        qCCritical(lcServerHttp) << "Request" << request.method.c_str() << request.path.c_str() << "failed:" << what;
        ApiReply::error(response, ApiErrorCode::Internal);
    });
    server.set_expect_100_continue_handler([&gate](const httplib::Request& request, httplib::Response& response) {
        if (!gate.refuse(request, response)) {
            return 100;
        }
        // This answer skips cpp-httplib's routing, which is where Content-Length is normally added.
        response.set_header("Content-Length", std::to_string(response.body.size()));
        return response.status;
    });
    server.set_pre_routing_handler([&gate](const httplib::Request& request, httplib::Response& response) {
        return gate.refuse(request, response) ? httplib::Server::HandlerResponse::Handled
                                              : httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request& request, httplib::Response& response) {
            answerRefusal(request, response);
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_post_routing_handler(RequestId::echo);
    server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        qCDebug(lcServerHttp) << request.method.c_str() << request.path.c_str() << response.status
                              << RequestId::of(request).c_str();
    });

    RouteTable routes(server, workers);
    SessionRoutes::install(routes, storage);
    VenueRoutes::install(routes, storage);
    ApplicationRoutes::install(routes, storage);
    ApplicationActionRoutes::install(routes, storage);
    DocumentRoutes::install(routes, storage);
    CoolRoutes::install(routes, storage, clock);
    PlanRoutes::install(routes, storage, clock);
    InstitutionRoutes::install(routes, storage, clock);
    ReportRoutes::install(routes, storage, clock);
    DoseRoutes::install(routes, storage, clock);
    InquiryRoutes::install(routes, storage, clock);
    ChangesRoutes::install(routes, storage);
    WebRoutes::install(routes, storage, clock);
    installFallbacks(routes);
}

} // namespace vsys::server
