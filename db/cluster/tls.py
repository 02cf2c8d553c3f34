"""The hub's TLS certificate: made once, pinned by its fingerprint in the join code."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import socket
import ssl
import struct
from collections.abc import Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# The PostgreSQL wire protocol's SSLRequest: length 8, then the magic code 80877103.
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)
CERT_YEARS = 10


class CertificateFetchError(OSError):
    """The server could not be reached, or it does not speak TLS."""


def make_certificate(names: Sequence[str], now: dt.datetime) -> tuple[bytes, bytes]:
    """A self-signed certificate (its own CA, so desks can pin it as sslrootcert) and its key,
    both PEM. names: host names and IP addresses the hub answers on (informational: desks
    check the certificate itself, not the name)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kiosk hub")])
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    )
    if alt:
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def fingerprint(cert_pem_or_der: bytes) -> str:
    """SHA-256 of the certificate's DER bytes, lower-case hex."""
    if cert_pem_or_der.startswith(b"-----"):
        der = x509.load_pem_x509_certificate(cert_pem_or_der).public_bytes(
            serialization.Encoding.DER
        )
    else:
        der = cert_pem_or_der
    return hashlib.sha256(der).hexdigest()


def der_to_pem(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


def fetch_server_certificate(host: str, port: int, timeout: float = 5.0) -> bytes:
    """The certificate a PostgreSQL server presents (DER), read without trusting it: the
    caller compares its fingerprint with the one it was given before sending any secret."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                raise CertificateFetchError(f"{host}:{port} does not offer TLS")
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except CertificateFetchError:
        raise
    except (OSError, ssl.SSLError) as error:
        raise CertificateFetchError(f"{host}:{port}: {error}") from error
    if not der:
        raise CertificateFetchError(f"{host}:{port} sent no certificate")
    return der
