/**
 * Names of the things an export produces: a sheet per project and a folder of pictures per project
 * ("<项目名称>/1.jpg"). Both come from the project name, made safe for Excel and for zip tools on
 * Windows, and numbered when two projects share a name.
 */

const UNNAMED = '未命名项目'

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
export function sheetNames(projectNames: string[]): string[] {
  return uniqueNames(projectNames.map((name) => name.replace(/[[\]:*?/\\]/g, ' ').trim()), 31)
}

/** Folder names inside the picture package. */
export function folderNames(projectNames: string[]): string[] {
  return uniqueNames(projectNames.map((name) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\.+$/, '').trim()), 60)
}

export function pictureFileName(position: number, contentType: string): string {
  return `${position}.${contentType === 'image/png' ? 'png' : 'jpg'}`
}

function uniqueNames(names: string[], maxLength: number): string[] {
  const used = new Set<string>()
  return names.map((raw) => {
    const base = Array.from(raw || UNNAMED).slice(0, maxLength).join('')
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = `（${n}）`
      name = Array.from(base).slice(0, maxLength - suffix.length).join('') + suffix
    }
    used.add(name.toLowerCase())
    return name
  })
}
