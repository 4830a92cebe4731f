"""HTTP adapter for the external vision/OCR API (stdlib ``urllib`` only).

Request:  POST {base_url}/v1/documents/verify
          {"document_type": "passport", "content_type": "image/png", "image": "<base64>"}
Response: {"id": "req_123", "accepted": true, "confidence": 0.97,
           "fields": {"full_name": "...", "document_number": "..."}, "reasons": []}
"""

import base64
import json
import socket
import urllib.error
import urllib.parse
import urllib.request

from onboarding.application.verification.ports import (
    DocumentVerifier,
    VerifierRejectedRequest,
    VerifierUnavailable,
)
from onboarding.domain.verification import DocumentImage, VendorReading

VERIFY_PATH = "/v1/documents/verify"
USER_AGENT = "onboarding-service/1 (+urllib)"


class HttpDocumentVerifier(DocumentVerifier):
    def __init__(self, base_url: str, api_key: str = "", timeout: float = 10.0):
        parsed = urllib.parse.urlsplit(base_url or "")
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"VISION_API_URL must be an http(s) URL, got {base_url!r}")
        self.endpoint = base_url.rstrip("/") + VERIFY_PATH
        self.api_key = api_key
        self.timeout = timeout

    def _request(self, document: DocumentImage) -> urllib.request.Request:
        body = json.dumps({
            "document_type": document.kind,
            "content_type": document.content_type,
            "image": base64.b64encode(document.content).decode("ascii"),
        }).encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
        }
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return urllib.request.Request(self.endpoint, data=body, headers=headers, method="POST")

    def read(self, document: DocumentImage) -> VendorReading:
        request = self._request(document)
        try:
            # The scheme was checked in __init__: only http(s) URLs reach here.
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # nosec B310
                payload = response.read()
        except urllib.error.HTTPError as exc:
            detail = _error_detail(exc)
            if exc.code == 429 or exc.code >= 500:
                raise VerifierUnavailable(f"vision API answered {exc.code}: {detail}") from exc
            raise VerifierRejectedRequest(f"vision API answered {exc.code}: {detail}") from exc
        except (urllib.error.URLError, socket.timeout, ConnectionError) as exc:
            raise VerifierUnavailable(f"vision API unreachable: {exc}") from exc
        return parse_reading(payload)


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read(500).decode("utf-8", "replace").strip() or exc.reason
    except OSError:
        return str(exc.reason)


def parse_reading(payload: bytes) -> VendorReading:
    """Parse the vendor's JSON answer; anything malformed counts as unavailable."""
    try:
        data = json.loads(payload.decode("utf-8"))
        confidence = float(data.get("confidence", 0.0))
        fields = {str(k): str(v) for k, v in (data.get("fields") or {}).items()}
        reasons = tuple(str(r) for r in (data.get("reasons") or ()))
        accepted = data["accepted"]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise VerifierUnavailable(f"vision API sent an unreadable answer: {exc}") from exc
    if not isinstance(accepted, bool) or not 0.0 <= confidence <= 1.0:
        raise VerifierUnavailable("vision API sent an out-of-range answer")
    return VendorReading(accepted=accepted, confidence=confidence, fields=fields,
                         reasons=reasons, reference=str(data.get("id", "")))
