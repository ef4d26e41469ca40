// The documents the service publishes as they were when it was built: the OpenAPI document
// (schema/openapi.json) and the JSON Schemas it references (schema/*.schema.json).
#pragma once

#include <optional>
#include <string_view>

namespace agreement_ocr {

// The file of schema/ named `name` ("openapi.json", "agreement.schema.json", ...), or none.
std::optional<std::string_view> published_file(std::string_view name);

}  // namespace agreement_ocr
