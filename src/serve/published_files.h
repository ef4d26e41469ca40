// The files the service publishes as they were when it was built: the OpenAPI document
// (schema/openapi.json), the JSON Schemas it references (schema/*.schema.json) and the
// validation desk (web/desk/).
#pragma once

#include <optional>
#include <string_view>

namespace agreement_ocr {

// The file of schema/ named `name` ("openapi.json", "agreement.schema.json", ...), or none.
std::optional<std::string_view> published_file(std::string_view name);

// The desk's file named `name` ("index.html", "desk.js", "desk.css"), or none.
std::optional<std::string_view> desk_file(std::string_view name);

}  // namespace agreement_ocr
