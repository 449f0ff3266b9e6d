"""Headquarters deployed as installer/server/ describes it, run as written: two
``lookingbeyond-server@`` instances whose command lines and environment come from the systemd
unit and its environment file (expanded the way systemd does), a PostgreSQL database, and
nginx with the shipped site configuration in front (TLS with a throw-away certificate; only
the ports, the name and the certificate paths replaced).  Real devices (the ``lookingbeyond``
command) sync through it; one instance stops, and syncs go on through the other."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.sync.conftest import pg_admin_url
from tests.sync.credentials import PASSWORD
from tests.sync.pg import throwaway_database
from tests.sync.server.hq_server import free_port
from tests.sync.test_end_to_end import Laptop

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "installer" / "server"
UNIT = SERVER / "lookingbeyond-server@.service"
TARGET = SERVER / "lookingbeyond-server.target"
ENV_FILE = SERVER / "server.env"
SITE = SERVER / "nginx-lookingbeyond.conf"
# Where the unit expects the server installed (docs/deployment.md); here, this checkout's venv.
INSTALL_PREFIX = "/opt/lookingbeyond-server"
VENV = Path(sys.executable).parent.parent
ORG_ID = "5b0e9a52-7c1d-4e8f-9a3b-2c4d6e8f0a1b"

pytestmark = pytest.mark.slow


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def unit_values(text: str, section: str) -> dict[str, list[str]]:
    """The values of each key in one section of a systemd unit (a key may repeat)."""
    values: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        if current == section:
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def environment_file(text: str) -> dict[str, str]:
    """systemd's EnvironmentFile: NAME=value lines, comments and blank lines ignored."""
    found = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            found[name.strip()] = value.strip()
    return found


def exec_command(line: str, instance: str, env: dict[str, str]) -> list[str]:
    """ExecStart as systemd runs it: %i is the instance, ${NAME} one word from the
    environment, and the rest split like a shell's words."""
    line = line.replace("%i", instance).replace("%%", "%")
    words = []
    for word in shlex.split(line):
        whole = re.fullmatch(r"\$\{(\w+)\}", word)
        words.append(env.get(whole.group(1), "") if whole else word)
    return words


def nginx_binary() -> Path:
    """nginx: the machine's, or Debian's package unpacked into a cache (never installed, so
    no system service is started)."""
    for candidate in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lookingbeyond-tests" / "nginx"
    binary = cache / "root" / "usr" / "sbin" / "nginx"
    if not binary.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(["apt-get", "download", "nginx"], cwd=cache, check=True,
                           capture_output=True, timeout=300)
            deb = max(cache.glob("nginx_*.deb"))
            subprocess.run(["dpkg-deb", "-x", str(deb), str(cache / "root")], check=True,
                           capture_output=True, timeout=120)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            _unavailable(f"nginx is not installed and Debian's package cannot be had: {error}")
    return binary


@dataclass
class Deployment:
    """The running pieces: the public HTTPS address, the instances and nginx's logs."""

    base: str
    http_base: str
    certificate: Path
    instances: dict[int, subprocess.Popen[bytes]]
    instance_logs: dict[int, Path]
    access_log: Path

    def upstreams(self) -> list[tuple[str, str, str]]:
        """(request, status, upstream addresses) of each request nginx passed on."""
        lines = self.access_log.read_text("utf-8").splitlines()
        return [tuple(line.split("|")[1:4]) for line in lines]  # type: ignore[misc]


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, **kwargs: object) -> None:
    deadline = time.monotonic() + 120  # a busy machine starts Python slowly
    while True:
        if process.poll() is not None:
            raise AssertionError(f"{process.args} exited: {log.read_text('utf-8')[-3000:]}")
        try:
            if requests.get(url, timeout=10, **kwargs).ok:  # type: ignore[arg-type]
                return
        except requests.RequestException:
            pass
        assert time.monotonic() < deadline, f"{url} did not answer within 120 s"
        time.sleep(0.2)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, as ``systemctl stop`` sends; SIGKILL after 30 s (the unit's TimeoutStopSec)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[Deployment]:
    """The deployment of installer/server/ on this machine (see the module's docstring)."""
    nginx = nginx_binary()
    try:
        database = throwaway_database(pg_admin_url(), prefix="lbd_deploy")
        database_url = database.__enter__()
    except Exception as error:  # no PostgreSQL
        _unavailable(f"PostgreSQL is not available: {str(error).splitlines()[0]}")
    processes: list[subprocess.Popen[bytes]] = []
    try:
        # The environment file as shipped, with this test's database in place of the socket.
        values = environment_file(ENV_FILE.read_text("utf-8"))
        assert "LOOKINGBEYOND_DATABASE_URL" in values and values["LOOKINGBEYOND_WORKERS"]
        values["LOOKINGBEYOND_DATABASE_URL"] = database_url
        env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LANG": "C.UTF-8",
               "PYTHONUNBUFFERED": "1",
               # this suite's cheap password hashing (tests/conftest.py), as everywhere else
               "LOOKINGBEYOND_TEST_CHEAP_HASH": "1", **values}
        server_command = str(VENV / "bin" / "lookingbeyond-server")
        # The operator's first steps (docs/deployment.md): the schema, then a user.
        for step, stdin in ((["init"], ""),
                            (["user", "add", "amina", "--role", "hq", "--password-stdin"], PASSWORD),
                            (["user", "add", "juma", "--role", "hq", "--password-stdin"], PASSWORD)):
            done = subprocess.run([server_command, *step], input=f"{stdin}\n", text=True, env=env,
                                  capture_output=True, timeout=120)
            assert done.returncode == 0, done.stderr

        # The instances, as systemd starts lookingbeyond-server@PORT.
        service = unit_values(UNIT.read_text("utf-8"), "Service")
        (exec_start,) = service["ExecStart"]
        assert exec_start.startswith(f"{INSTALL_PREFIX}/bin/lookingbeyond-server ")
        site = SITE.read_text("utf-8")
        shipped_ports = [int(port) for port in re.findall(r"server 127\.0\.0\.1:(\d+) ", site)]
        target_ports = [int(port) for port in re.findall(r"lookingbeyond-server@(\d+)\.service",
                                                         TARGET.read_text("utf-8"))]
        assert shipped_ports == target_ports == [8471, 8472]  # the proxy and the target agree
        ports = {shipped: free_port() for shipped in shipped_ports}
        instances, logs = {}, {}
        for port in ports.values():
            command = exec_command(exec_start.replace(INSTALL_PREFIX, str(VENV), 1), str(port), env)
            logs[port] = tmp_path / f"instance-{port}.log"
            with logs[port].open("wb") as output:
                instances[port] = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT,
                                                   env=env)
            processes.append(instances[port])
        for port, process in instances.items():
            wait_until_up(f"http://127.0.0.1:{port}/v1/health", process, logs[port])

        # nginx with the shipped site, in a test-only frame (paths of its own, one worker).
        certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                        "-keyout", str(key), "-out", str(certificate)],
                       check=True, capture_output=True, timeout=60)
        https_port, http_port = free_port(), free_port()
        replacements = {
            **{f"server 127.0.0.1:{shipped} ": f"server 127.0.0.1:{port} "
               for shipped, port in ports.items()},
            "listen 80;": f"listen 127.0.0.1:{http_port};",
            "listen [::]:80;": "",
            "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
            "listen [::]:443 ssl http2;": "",
            "server_name hq.example.org;": "server_name localhost;",
            "/etc/letsencrypt/live/hq.example.org/fullchain.pem": str(certificate),
            "/etc/letsencrypt/live/hq.example.org/privkey.pem": str(key),
            "/var/www/letsencrypt": str(tmp_path / "acme"),
        }
        for old, new in replacements.items():
            assert old in site, f"the site configuration no longer has {old!r}: update this test"
            site = site.replace(old, new)
        (tmp_path / "site.conf").write_text(site, "utf-8")
        for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "acme"):
            (tmp_path / folder).mkdir()
        access_log = tmp_path / "access.log"
        (tmp_path / "nginx.conf").write_text(f"""
{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log info;
events {{ worker_connections 128; }}
http {{
    log_format upstreams '$remote_addr|$request|$status|$upstream_addr';
    access_log {access_log} upstreams;
    client_body_temp_path {tmp_path}/body;
    proxy_temp_path {tmp_path}/proxy;
    fastcgi_temp_path {tmp_path}/fastcgi;
    uwsgi_temp_path {tmp_path}/uwsgi;
    scgi_temp_path {tmp_path}/scgi;
    include {tmp_path}/site.conf;
}}
""", "utf-8")
        checked = subprocess.run([str(nginx), "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                                  "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True,
                                 timeout=60)
        assert checked.returncode == 0, checked.stderr
        nginx_log = tmp_path / "nginx.out"
        with nginx_log.open("wb") as output:
            proxy = subprocess.Popen([str(nginx), "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                                      "-c", str(tmp_path / "nginx.conf")], stdout=output,
                                     stderr=subprocess.STDOUT)
        processes.append(proxy)
        base = f"https://localhost:{https_port}"
        wait_until_up(f"{base}/v1/health", proxy, tmp_path / "error.log", verify=str(certificate))
        yield Deployment(base=base, http_base=f"http://localhost:{http_port}", certificate=certificate,
                         instances=instances, instance_logs=logs, access_log=access_log)
    finally:
        for process in reversed(processes):
            stop(process)
        database.__exit__(None, None, None)


def device(deployment: Deployment, tmp_path: Path, name: str, user: str) -> Laptop:
    """A data folder enrolled through the proxy, trusting the deployment's certificate."""
    laptop = Laptop(tmp_path / name, tmp_path / f"{name}-keyring")
    laptop.env["REQUESTS_CA_BUNDLE"] = str(deployment.certificate)
    laptop.run("login", "--server", deployment.base, "--user", user, "--password-stdin",
               stdin=f"{PASSWORD}\n")
    return laptop


def test_devices_sync_through_the_proxy_and_one_instance_can_stop(
        deployment: Deployment, tmp_path: Path) -> None:
    """Two devices sign in and sync over HTTPS through nginx, which shares the requests out
    to both instances; when one instance stops (as ``systemctl stop`` stops it), the next
    syncs are served by the other, nothing is lost, and the edit reaches the other device."""
    first = device(deployment, tmp_path, "first", "amina")
    first.import_csv("organizations", f"id,name,country\n{ORG_ID},Transparency International Kenya,KE\n")
    first.run("sync")
    second = device(deployment, tmp_path, "second", "juma")
    second.run("sync")
    assert second.org(ORG_ID)["name"] == "Transparency International Kenya"
    used = {upstream for _, _, upstream in deployment.upstreams()}
    assert used == {f"127.0.0.1:{port}" for port in deployment.instances}  # both served

    stopped_port, stopped = next(iter(deployment.instances.items()))
    stop(stopped)
    assert stopped.returncode == 0, deployment.instance_logs[stopped_port].read_text("utf-8")
    before = len(deployment.upstreams())
    first.import_csv("organizations", f"id,acronym\n{ORG_ID},TI-Kenya\n")
    first.run("sync")
    second.run("sync")
    assert second.org(ORG_ID)["acronym"] == "TI-Kenya"
    after = deployment.upstreams()[before:]
    assert after and all(status == "200" for _, status, _ in after), after
    status = first.run("status", "--json").stdout
    assert '"pending_changes": 0' in status


def test_the_proxy_keeps_its_promises(deployment: Deployment) -> None:
    """Plain HTTP only redirects to HTTPS; a client naming its own address in
    X-Forwarded-For is not believed (the per-address sign-in limits count the real one); a
    body over the server's limit gets the server's own explanation, and nginx's version is
    not announced."""
    moved = requests.get(f"{deployment.http_base}/v1/health", allow_redirects=False, timeout=30)
    assert moved.status_code == 301 and moved.headers["Location"].startswith("https://localhost")

    refused = requests.post(f"{deployment.base}/v1/enrol", verify=str(deployment.certificate),
                            headers={"X-Forwarded-For": "203.0.113.7"}, timeout=30,
                            json={"user": "amina", "password": "not the password",
                                  "device_id": "8d3f2a1b0c4e4f6a9b8c7d6e5f4a3b2c",
                                  "device_name": "SPOOFER"})
    assert refused.status_code == 401
    assert "max-age" in refused.headers.get("Strict-Transport-Security", "")
    assert "nginx/" not in refused.headers.get("Server", "")
    logs = "".join(log.read_text("utf-8") for log in deployment.instance_logs.values())
    assert "POST /v1/enrol" in logs and "203.0.113.7" not in logs

    too_large = requests.post(f"{deployment.base}/v1/sync", verify=str(deployment.certificate),
                              data=b"\0" * (4 * 1024 * 1024 + 1), timeout=60,
                              headers={"Content-Encoding": "gzip"})
    assert too_large.status_code == 413
    assert too_large.json()["error"]["code"] == "body_too_large"


def test_the_unit_passes_systemds_own_checks(tmp_path: Path) -> None:
    """``systemd-analyze verify`` finds nothing wrong in the unit and the target (no unknown
    key, the program exists once installed), and ``systemd-analyze security`` rates the
    service's exposure low (the hardening options take effect)."""
    if shutil.which("systemd-analyze") is None:
        _unavailable("systemd-analyze is not installed")
    env_file = tmp_path / "server.env"
    shutil.copy(ENV_FILE, env_file)
    unit = UNIT.read_text("utf-8").replace(INSTALL_PREFIX, str(VENV)).replace(
        "/etc/lookingbeyond/server.env", str(env_file))
    (tmp_path / UNIT.name).write_text(unit, "utf-8")
    shutil.copy(TARGET, tmp_path / TARGET.name)
    verified = subprocess.run(["systemd-analyze", "verify", "lookingbeyond-server@8471.service",
                               TARGET.name], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    problems = [line for line in (verified.stdout + verified.stderr).splitlines()
                if "lookingbeyond" in line and "Failed to" not in line]
    assert verified.returncode == 0 and not problems, verified.stdout + verified.stderr
    rated = subprocess.run(["systemd-analyze", "security", "--offline=true", "--no-pager",
                            "lookingbeyond-server@8471.service"], cwd=tmp_path, capture_output=True,
                           text=True, timeout=120)
    match = re.search(r"Overall exposure level for \S+: ([\d.]+)", rated.stdout + rated.stderr)
    assert match, rated.stdout + rated.stderr
    assert float(match.group(1)) <= 2.5, rated.stdout


@pytest.mark.skipif(os.environ.get("LOOKINGBEYOND_TEST_SYSTEMD") != "1",
                    reason="boots a Debian root with systemd (minutes, root): LOOKINGBEYOND_TEST_SYSTEMD=1")
def test_install_sh_deploys_under_a_booted_systemd(tmp_path: Path) -> None:
    """installer/server/test-in-systemd.sh: install.sh run offline in a bare Debian 12 booted
    with systemd gives active, hardened instances that a device syncs through, one stopping
    and the upgrade included (see the script)."""
    if os.geteuid() != 0:
        pytest.skip("chroot and systemd-nspawn need root")
    fresh = Path(os.environ.get("FRESH_ROOT", "/work/fresh-root"))
    if not (fresh / "usr" / "bin" / "apt-get").exists():
        pytest.skip(f"no bare Debian 12 root at {fresh} (set FRESH_ROOT)")
    result = subprocess.run(["bash", str(SERVER / "test-in-systemd.sh")], capture_output=True,
                            text=True, env={**os.environ, "TEST_ROOT": str(tmp_path / "hq-root")},
                            timeout=1800)
    print(result.stdout)  # the figures, with pytest -s
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert result.stdout.rstrip().endswith("deployment test: OK")
