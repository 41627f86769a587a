# Builds the Windows application (dist\orgchart-designer\) and its installer
# (dist\orgchart-designer-VERSION-windows-x64-setup.exe). Needs Python 3.11+ (python.org) and
# Inno Setup 6. From the repository root:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Not run in this project's CI (Linux only): see docs/INSTALL.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked([string] $Program, [string[]] $Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked "py" @("-3", "-m", "venv", ".venv") }
$python = ".venv\Scripts\python.exe"
Invoke-Checked $python @("-m", "pip", "install", "--quiet", "-e", ".[package]")
Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\orgchart-designer.spec")
$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
Invoke-Checked $iscc @("/DAppVersion=$version", "packaging\windows\orgchart-designer.iss")
& "dist\orgchart-designer\orgchart.exe" info "dist\orgchart-designer\_internal\sample_data\bury_community_commissioning.sqlite"
