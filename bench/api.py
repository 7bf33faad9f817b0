#!/usr/bin/env python3
"""Set-up calls of bench/run over one kept-alive HTTP connection.

  api.py URL login EMAIL PASSWORD            prints the access token
  api.py URL licenses TOKEN PREFIX COUNT SEATS
                                             creates licenses of products PREFIX1..COUNT
  api.py URL acquire TOKEN PRODUCT COUNT     acquires COUNT sessions, prints their ids
  api.py URL enrollment-token TOKEN          prints a new enrollment token
  api.py URL page TOKEN PATH COUNT           GETs PATH COUNT times, prints each time in ms
"""

import http.client
import json
import sys
import time
import urllib.parse


class Api:
    def __init__(self, url, token=None):
        parts = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.token = token

    def call(self, method, path, body=None, expect=(200, 201)):
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        data = json.dumps(body) if body is not None else None
        self.conn.request(method, path, body=data, headers=headers)
        response = self.conn.getresponse()
        text = response.read()
        if response.status not in expect:
            sys.exit(f"api.py: {method} {path}: {response.status} {text[:300]!r}")
        return json.loads(text) if text else None


def main(argv):
    url, command, args = argv[1], argv[2], argv[3:]
    if command == "login":
        answer = Api(url).call("POST", "/api/v1/auth/login",
                               {"email": args[0], "password": args[1]})
        print(answer["access"])
    elif command == "licenses":
        api = Api(url, args[0])
        prefix, count, seats = args[1], int(args[2]), int(args[3])
        for i in range(1, count + 1):
            answer = api.call("POST", "/api/v1/licenses/",
                              {"name": f"{prefix}{i}", "product": f"{prefix}{i}",
                               "max_concurrent_seats": seats, "offline_lease_seconds": 3600})
            print(answer["id"])
    elif command == "acquire":
        api = Api(url, args[0])
        for i in range(int(args[2])):
            answer = api.call("POST", "/api/v1/licenses/acquire",
                              {"product": args[1], "hardware_id": f"beat-{i}"})
            print(answer["session_id"])
    elif command == "enrollment-token":
        answer = Api(url, args[0]).call("POST", "/api/v1/enrollment-tokens/", {"label": "bench"})
        print(answer["token"])
    elif command == "page":
        api = Api(url, args[0])
        for _ in range(int(args[2])):
            start = time.perf_counter()
            api.call("GET", args[1])
            print(f"{(time.perf_counter() - start) * 1000:.3f}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
