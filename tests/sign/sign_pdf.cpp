// Test tool: signs a PDF incrementally as an e-office system does — PoDoFo 0.9.8 (PdfSignatureField,
// PdfSignOutputDevice) for the field and the byte range, OpenSSL's CMS API for a detached signature.
//
//   sign_pdf IN.pdf OUT.pdf CERT.pem KEY.pem FIELD PAGE X Y W H [cades]
//
// PAGE is 1-based; X Y W H the field's rectangle in PDF points (origin at the
// bottom left). OUT.pdf is IN.pdf's bytes followed by an incremental update
// holding the field, its widget (a thin frame, printed) and a detached CMS
// signature over the whole file but /Contents: SubFilter adbe.pkcs7.detached
// (PoDoFo's default; its tool podofosign does the same with PKCS7_sign), or
// with `cades` ETSI.CAdES.detached, PAdES' baseline, whose signed attributes
// also hold the signer's certificate digest (ESS signing-certificate-v2,
// OpenSSL's CMS_CADES). Exit 0 when signed; otherwise a message on stderr
// and exit 1.
#include <podofo/podofo.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

using namespace PoDoFo;

namespace {

// Room kept in /Contents for the DER signature (a 2048-bit key and its
// certificate need under 2 KB; the hex string is twice this).
constexpr size_t kSignatureRoom = 8192;

std::string openssl_errors() {
  std::string all;
  for (unsigned long e = ERR_get_error(); e != 0; e = ERR_get_error()) {
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    all += std::string(all.empty() ? "" : "; ") + buf;
  }
  return all.empty() ? "unknown OpenSSL error" : all;
}

struct Fail {
  std::string what;
};

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;

template <typename T>
T read_pem(const char* path, T (*read)(FILE*, T*, pem_password_cb*, void*)) {
  FILE* f = std::fopen(path, "rb");
  if (!f) throw Fail{std::string("cannot open ") + path};
  T value = read(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  if (!value) throw Fail{std::string("cannot read ") + path + ": " + openssl_errors()};
  return value;
}

// The detached CMS SignedData of `data` (binary, no S/MIME capabilities; the
// signed attributes content type, signing time and message digest, and with
// `cades` the ESS signing-certificate-v2).
std::string cms_sign(const std::string& data, X509* cert, EVP_PKEY* key, bool cades) {
  BioPtr in(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
  const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | (cades ? CMS_CADES : 0u);
  CmsPtr cms(CMS_sign(cert, key, nullptr, in.get(), flags));
  if (!cms) throw Fail{"CMS_sign: " + openssl_errors()};
  BioPtr out(BIO_new(BIO_s_mem()));
  if (i2d_CMS_bio(out.get(), cms.get()) != 1) throw Fail{"i2d_CMS_bio: " + openssl_errors()};
  char* bytes = nullptr;
  long n = BIO_get_mem_data(out.get(), &bytes);
  return std::string(bytes, static_cast<size_t>(n));
}

void sign(const char* in, const char* out, const char* cert_path, const char* key_path, const char* field,
          int page_number, double x, double y, double w, double h, bool cades) {
  X509Ptr cert(read_pem<X509*>(cert_path, PEM_read_X509));
  KeyPtr key(read_pem<EVP_PKEY*>(key_path, PEM_read_PrivateKey));

  PdfMemDocument document;
  document.Load(in, true);  // for update: the new objects are appended after IN's bytes
  if (page_number < 1 || page_number > document.GetPageCount()) throw Fail{"no page " + std::to_string(page_number)};
  PdfPage* page = document.GetPage(page_number - 1);

  PdfAcroForm* form = document.GetAcroForm();
  if (!form) throw Fail{"no AcroForm"};
  PdfDictionary& form_dict = form->GetObject()->GetDictionary();
  form_dict.AddKey(PdfName("SigFlags"), PdfObject(static_cast<pdf_int64>(3)));  // signatures exist, append only
  if (form->GetNeedAppearances()) form->SetNeedAppearances(false);

  const PdfRect rect(x, y, w, h);
  PdfAnnotation* widget = page->CreateAnnotation(ePdfAnnotation_Widget, rect);
  widget->SetFlags(ePdfAnnotationFlags_Print);
  PdfSignatureField signature(widget, form, &document);
  PdfXObject appearance(PdfRect(0, 0, w, h), &document);
  PdfPainter painter;
  painter.SetPage(&appearance);
  painter.SetStrokingColor(0.8, 0.0, 0.0);
  painter.SetStrokeWidth(0.5);
  painter.Rectangle(0.5, 0.5, w - 1, h - 1);
  painter.Stroke();
  painter.FinishPage();
  signature.SetAppearanceStream(&appearance);

  PdfOutputDevice file(out);
  PdfSignOutputDevice device(&file);
  device.SetSignatureSize(kSignatureRoom);
  signature.SetFieldName(PdfString(field));
  signature.SetSignatureReason(PdfString(reinterpret_cast<const pdf_utf8*>("Ký số văn bản")));
  signature.SetSignatureDate(PdfDate());
  signature.SetSignature(*device.GetSignatureBeacon());
  if (cades) {
    signature.GetSignatureObject()->GetDictionary().AddKey(PdfName("SubFilter"), PdfName("ETSI.CAdES.detached"));
  }
  document.WriteUpdate(&device, true);  // OUT = IN's bytes, then the update
  if (!device.HasSignaturePosition()) throw Fail{"the signature's place was not found in the output"};
  device.AdjustByteRange();

  device.Seek(0);
  std::string signed_bytes;
  char buffer[65536];
  for (size_t n; (n = device.ReadForSignature(buffer, sizeof buffer)) > 0;) signed_bytes.append(buffer, n);
  const std::string der = cms_sign(signed_bytes, cert.get(), key.get(), cades);
  if (der.size() > kSignatureRoom) throw Fail{"the signature needs " + std::to_string(der.size()) + " bytes"};
  device.SetSignature(PdfData(der.data(), der.size()));
  device.Flush();
}

}  // namespace

int main(int argc, char** argv) {
  const bool cades = argc == 12 && std::string(argv[11]) == "cades";
  if (argc != 11 && !cades) {
    std::cerr << "usage: sign_pdf IN.pdf OUT.pdf CERT.pem KEY.pem FIELD PAGE X Y W H [cades]\n";
    return 2;
  }
  PdfError::EnableDebug(false);
  try {
    sign(argv[1], argv[2], argv[3], argv[4], argv[5], std::atoi(argv[6]), std::atof(argv[7]), std::atof(argv[8]),
         std::atof(argv[9]), std::atof(argv[10]), cades);
  } catch (const Fail& f) {
    std::cerr << "sign_pdf: " << f.what << '\n';
    return 1;
  } catch (const PdfError& e) {
    std::cerr << "sign_pdf: PoDoFo error " << e.GetError() << ": " << PdfError::ErrorMessage(e.GetError()) << '\n';
    for (const auto& info : e.GetCallstack()) std::cerr << "  " << info.GetFilename() << ':' << info.GetLine() << ' ' << info.GetInformation() << '\n';
    return 1;
  }
  return 0;
}
