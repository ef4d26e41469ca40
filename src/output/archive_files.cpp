// The hOCR and ALTO wrappers are those Tesseract's own renderers write around the page
// elements it returns; qpdf joins the one-page PDFs because Tesseract's PDF renderer can
// only append pages in order from one engine, and a batch spreads pages over engines.
#include "output/archive_files.h"

// qpdf 11 asks users to declare they no longer rely on its old PointerHolder (4: none at all).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <tesseract/baseapi.h>

#include <exception>
#include <filesystem>
#include <memory>

#include "core/utf8.h"
#include "output/atomic_file.h"

namespace agreement_ocr {
namespace {

// Text as XML 1.0 character data: markup escaped, and what XML cannot hold (bytes that are
// no UTF-8, control characters of file names) as U+FFFD, so the file stays well-formed.
std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char32_t code : code_points_of(text)) {
    const bool allowed = code == '\t' || code == '\n' || code == '\r' || (code >= 0x20 && code < 0xD800) ||
                         (code >= 0xE000 && code < 0xFFFE) || (code >= 0x10000 && code <= 0x10FFFF);
    if (!allowed) code = kReplacementCharacter;
    switch (code) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      default: break;
    }
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

std::string plain_text(const DocumentResult& document) {
  std::string text;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    if (i > 0) text += '\f';
    text += document.pages[i].ocr.text;
    if (text.empty() || text.back() != '\n') text += '\n';
  }
  return text;
}

std::string hocr(const DocumentResult& document) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
      "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"de\" lang=\"de\">\n"
      " <head>\n"
      "  <title>" + xml_escaped(std::filesystem::path(document.path).filename().string()) + "</title>\n"
      "  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
      "  <meta name='ocr-system' content='tesseract " + xml_escaped(tesseract::TessBaseAPI::Version()) + "' />\n"
      "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>\n"
      " </head>\n"
      " <body>\n";
  for (const PageResult& page : document.pages) out += page.renditions.hocr;
  out += " </body>\n</html>\n";
  return out;
}

std::string alto(const DocumentResult& document) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v3# "
      "http://www.loc.gov/alto/v3/alto-3-0.xsd\">\n"
      "\t<Description>\n"
      "\t\t<MeasurementUnit>pixel</MeasurementUnit>\n"
      "\t\t<sourceImageInformation>\n"
      "\t\t\t<fileName>" + xml_escaped(document.path) + "</fileName>\n"
      "\t\t</sourceImageInformation>\n"
      "\t\t<OCRProcessing ID=\"OCR_0\">\n"
      "\t\t\t<ocrProcessingStep>\n"
      "\t\t\t\t<processingSoftware>\n"
      "\t\t\t\t\t<softwareName>tesseract " + xml_escaped(tesseract::TessBaseAPI::Version()) + "</softwareName>\n"
      "\t\t\t\t</processingSoftware>\n"
      "\t\t\t</ocrProcessingStep>\n"
      "\t\t</OCRProcessing>\n"
      "\t</Description>\n"
      "\t<Layout>\n";
  for (const PageResult& page : document.pages) out += page.renditions.alto;
  out += "\t</Layout>\n</alto>\n";
  return out;
}

}  // namespace

std::vector<std::string> archive_paths(const std::string& base, const ArchiveRequest& request) {
  std::vector<std::string> paths;
  if (request.pdf) paths.push_back(base + ".pdf");
  if (request.text) paths.push_back(base + ".txt");
  if (request.hocr) paths.push_back(base + ".hocr");
  if (request.alto) paths.push_back(base + ".alto.xml");
  return paths;
}

Result<std::string> join_pdf_pages(const std::vector<const std::string*>& pages) {
  try {
    QPDF joined;
    joined.emptyPDF();
    QPDFPageDocumentHelper target(joined);
    std::vector<std::unique_ptr<QPDF>> sources;  // must outlive the write
    for (std::size_t i = 0; i < pages.size(); ++i) {
      auto source = std::make_unique<QPDF>();
      const std::string name = "page " + std::to_string(i + 1);
      source->processMemoryFile(name.c_str(), pages[i]->data(), pages[i]->size());
      for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*source).getAllPages()) target.addPage(page, false);
      sources.push_back(std::move(source));
    }
    QPDFWriter writer(joined);
    writer.setOutputMemory();
    writer.setStaticID(true);  // the same input gives byte-identical output
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception& e) {
    return Status::Internal(std::string("cannot join the searchable PDF's pages: ") + e.what());
  }
}

Status write_archive_files(const DocumentResult& document, const std::string& base, const ArchiveRequest& request) {
  if (request.pdf) {
    std::vector<const std::string*> pages;
    for (const PageResult& page : document.pages) pages.push_back(&page.renditions.pdf);
    auto pdf = join_pdf_pages(pages);
    if (!pdf.ok()) return pdf.status();
    if (Status s = write_file_atomically(base + ".pdf", *pdf); !s.ok()) return s;
  }
  if (request.text) {
    if (Status s = write_file_atomically(base + ".txt", plain_text(document)); !s.ok()) return s;
  }
  if (request.hocr) {
    if (Status s = write_file_atomically(base + ".hocr", hocr(document)); !s.ok()) return s;
  }
  if (request.alto) {
    if (Status s = write_file_atomically(base + ".alto.xml", alto(document)); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace agreement_ocr
