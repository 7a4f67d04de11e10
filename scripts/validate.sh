#!/usr/bin/env bash
# Formats the sources with the project's .swift-format and fails if that changed anything.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format format --in-place --recursive Sources Tests Package.swift
swift format lint --strict --recursive Sources Tests Package.swift
git diff --exit-code -- Sources Tests Package.swift
