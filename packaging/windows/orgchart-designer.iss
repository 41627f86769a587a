; Inno Setup 6 script: wraps the one-folder build (dist\orgchart-designer\) in an installer.
; Built by packaging\windows\build.ps1, which passes the version read from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\orgchart-designer.iss
; Silent install: orgchart-designer-VERSION-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; (or /CURRENTUSER for a per-user install without administrator rights). Untested here: see docs/INSTALL.md.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z (build.ps1 does)
#endif
#define AppName "Org Chart Designer"
#define AppExe "orgchart-designer.exe"
#define ProgId "OrgChartDesigner.Proposal"

[Setup]
AppId={{46035319-7DE6-4241-BF24-A43C797022B4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=orgchart-designer-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\orgchart-designer.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Files]
Source: "..\..\dist\orgchart-designer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; A ProgID describing how this program opens a proposal.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Org chart proposal"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Listed under "Open with" for .sqlite files. The default value of .sqlite is never written,
; so whichever program opens .sqlite files today still does.
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue
; The program's own entry, so "Open with" shows its name and icon.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
