"""The urllib adapter against a throw-away HTTP server on the loopback interface."""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from onboarding.application.verification.ports import (
    VerifierRejectedRequest,
    VerifierUnavailable,
)
from onboarding.domain.verification import DocumentImage
from onboarding.infrastructure.vision_http import HttpDocumentVerifier, parse_reading

DOCUMENT = DocumentImage(kind="id_card", content=b"\x89PNG\r\n\x1a\nabc",
                         content_type="image/png")


class VisionStub(BaseHTTPRequestHandler):
    responses = []
    requests = []

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        VisionStub.requests.append({"path": self.path, "headers": dict(self.headers),
                                    "body": json.loads(self.rfile.read(length))})
        status, body = VisionStub.responses.pop(0)
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def stub_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), VisionStub)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/base/"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def stub(stub_server):
    VisionStub.responses, VisionStub.requests = [], []
    return stub_server, VisionStub


def test_successful_reading(stub):
    url, handler = stub
    handler.responses.append((200, {"id": "req_9", "accepted": True, "confidence": 0.93,
                                    "fields": {"full_name": "Ada"}, "reasons": []}))
    reading = HttpDocumentVerifier(url, api_key="k3y", timeout=5).read(DOCUMENT)
    assert reading.accepted and reading.confidence == 0.93
    assert reading.fields == {"full_name": "Ada"} and reading.reference == "req_9"
    sent = handler.requests[0]
    assert sent["path"] == "/base/v1/documents/verify"
    assert sent["headers"]["Authorization"] == "Bearer k3y"
    assert sent["body"]["document_type"] == "id_card"
    assert base64.b64decode(sent["body"]["image"]) == DOCUMENT.content


@pytest.mark.parametrize("status,error", [
    (500, VerifierUnavailable),
    (503, VerifierUnavailable),
    (429, VerifierUnavailable),
    (400, VerifierRejectedRequest),
    (401, VerifierRejectedRequest),
])
def test_http_errors(stub, status, error):
    url, handler = stub
    handler.responses.append((status, {"error": "nope"}))
    with pytest.raises(error):
        HttpDocumentVerifier(url, timeout=5).read(DOCUMENT)


def test_unreadable_answer_is_unavailable(stub):
    url, handler = stub
    handler.responses.append((200, b"<html>gateway</html>"))
    with pytest.raises(VerifierUnavailable):
        HttpDocumentVerifier(url, timeout=5).read(DOCUMENT)


def test_unreachable_host_is_unavailable():
    server = ThreadingHTTPServer(("127.0.0.1", 0), VisionStub)
    port = server.server_address[1]
    server.server_close()  # nothing listens on the port any more
    with pytest.raises(VerifierUnavailable):
        HttpDocumentVerifier(f"http://127.0.0.1:{port}", timeout=2).read(DOCUMENT)


@pytest.mark.parametrize("payload", [
    b'{"confidence": 0.9}',
    b'{"accepted": "yes", "confidence": 0.9}',
    b'{"accepted": true, "confidence": 7}',
    b'[]',
])
def test_parse_reading_rejects_malformed_payloads(payload):
    with pytest.raises(VerifierUnavailable):
        parse_reading(payload)


@pytest.mark.parametrize("url", ["", "ftp://vision", "file:///etc/passwd", "vision.local"])
def test_only_http_urls_are_accepted(url):
    with pytest.raises(ValueError):
        HttpDocumentVerifier(url)
