import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DISTRICT_KIND_LABELS, UNIT_KIND_LABELS, type TUnitImportPreview } from '../../../../types/api/campaign-setup'
import { chooseFile } from '../../../shared/choose-file'
import { showNotice } from '../../../shared/modal'
import { showSuccess } from '../../../shared/toast'
import { checkWorkbookFile } from '../../arrangement/check-workbook-file'
import { applyUnitImport, previewUnitImport } from '../api/setup-requests'
import { uploadUnitList } from '../api/upload-unit-list'
import { describeSetupError, type TSetupState } from '../hooks/use-campaign-setup'
import { SetupError } from './setup-ui'

/**
 * 导入单位名单: pick the .xlsx (序号 · 单位名称 · 所属县区/板块 · 类型; title rows and merged
 * districts are fine), see every row with what is wrong in words, then import all or the correct rows.
 */
export function UnitImport({ campaignId, state, onClose }: { campaignId: string; state: TSetupState; onClose: () => void }) {
  const [step, setStep] = useState<'idle' | 'uploading' | 'applying'>('idle')
  const [preview, setPreview] = useState<TUnitImportPreview | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function pick() {
    const chosen = await chooseFile({ extensions: ['xlsx', 'xls', 'csv'], accept: '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    if (chosen.status === 'cancelled') return
    if (chosen.status === 'failed') return setError(chosen.message)
    const check = checkWorkbookFile(chosen.file.name, chosen.file.byteSize)
    if (!check.ok) return setError(check.message)
    setError(null)
    setPreview(null)
    setStep('uploading')
    try {
      const path = await uploadUnitList(campaignId, chosen.file)
      setPreview(await previewUnitImport(campaignId, path, chosen.file.name))
    } catch (e) {
      setError(describeSetupError(e))
    } finally {
      setStep('idle')
    }
  }

  async function apply(mode: 'all' | 'valid_only') {
    if (!preview) return
    setStep('applying')
    try {
      const result = await applyUnitImport(campaignId, preview.importId, mode)
      state.replace(result.setup)
      showSuccess(`已导入 ${result.units} 个单位`)
      const parts = [`新增 ${result.units} 个单位`, result.districts > 0 ? `新建 ${result.districts} 个县区` : null, result.skipped > 0 ? `${result.skipped} 个已有的单位跳过` : null]
      await showNotice('导入完成', `${parts.filter(Boolean).join('，')}。`)
      onClose()
    } catch (e) {
      setError(describeSetupError(e))
    } finally {
      setStep('idle')
    }
  }

  const shown = preview ? preview.rows.filter((r) => r.errors.length > 0 || r.warnings.length > 0 || r.duplicate) : []
  return (
    <View className='unit-import'>
      <Text className='unit-import__hint'>表头写明：序号、单位名称、所属县区/板块、类型（单位名称必填）。标题行、合并的县区单元格、多余空格都没关系；不认识的县区导入时新建。</Text>
      <View className='unit-import__pick'>
        <Button className='unit-import-choose' type='primary' fill='outline' loading={step === 'uploading'} onClick={() => void pick()}>
          {preview ? '重新选择文件' : '选择单位名单（.xlsx）'}
        </Button>
        <Button className='setup-cancel' fill='none' onClick={onClose}>
          取消
        </Button>
      </View>
      <SetupError message={error} />
      {preview ? (
        <View className='unit-import__preview'>
          <Text className='unit-import__summary'>
            {preview.fileName ?? '名单'} · 工作表“{preview.sheetName}”第 {preview.headerRow} 行为表头：{preview.rows.length} 行，正确 {preview.valid} 行，有错误 {preview.invalid} 行；将新增 {preview.toCreate} 个单位
            {preview.newDistricts.length > 0 ? `，新建 ${preview.newDistricts.map((d) => `${d.name}（${DISTRICT_KIND_LABELS[d.kind]}）`).join('、')}` : ''}
          </Text>
          <View className='import-rows'>
            {shown.map((r) => (
              <View key={r.row} className={`import-row${r.ok ? '' : ' import-row--error'}`}>
                <Text className='import-row__no'>第 {r.row} 行</Text>
                <View className='import-row__main'>
                  <Text className='import-row__name'>
                    {r.name || '（无名称）'}
                    {r.kind ? <Text className='import-row__meta'> · {UNIT_KIND_LABELS[r.kind]}</Text> : null}
                    {r.districtName ? <Text className='import-row__meta'> · {r.districtName}</Text> : null}
                  </Text>
                  {r.errors.map((issue, i) => (
                    <Text key={`e${i}`} className='import-row__error'>
                      {issue.column}：{issue.message}
                    </Text>
                  ))}
                  {r.warnings.map((issue, i) => (
                    <Text key={`w${i}`} className='import-row__warning'>
                      {issue.column}：{issue.message}
                    </Text>
                  ))}
                </View>
              </View>
            ))}
            {shown.length === 0 ? <Text className='setup-empty'>每一行都正确。</Text> : null}
          </View>
          <View className='setup-form__actions'>
            <Button className='unit-import-all' type='primary' disabled={preview.invalid > 0} loading={step === 'applying'} onClick={() => void apply('all')}>
              全部导入
            </Button>
            {preview.invalid > 0 ? (
              <Button className='unit-import-valid' type='primary' fill='outline' disabled={preview.toCreate === 0} loading={step === 'applying'} onClick={() => void apply('valid_only')}>
                只导入正确的 {preview.toCreate} 个
              </Button>
            ) : null}
          </View>
        </View>
      ) : null}
    </View>
  )
}
