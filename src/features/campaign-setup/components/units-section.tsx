import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { DISTRICT_KIND_LABELS, UNIT_KIND_LABELS, type TCampaignSetup, type TSetupUnit } from '../../../../types/api/campaign-setup'
import { confirmAction, showNotice } from '../../../shared/modal'
import { addDistrict, addUnit, deleteDistrict, deleteUnit, updateDistrict, updateUnit } from '../api/setup-requests'
import type { TSaveResult, TSetupState } from '../hooks/use-campaign-setup'
import { SetupLink, SetupSection } from './setup-ui'
import { UnitImport } from './unit-import'
import { DistrictForm, UnitForm } from './unit-forms'

type TMode =
  | { kind: 'none' }
  | { kind: 'add-district' }
  | { kind: 'add-unit'; districtId: string | null }
  | { kind: 'import' }
  | { kind: 'edit-district'; id: string }
  | { kind: 'edit-unit'; id: string }

/** 县区与单位: districts with their units (a table on a desk, cards on a phone), typed or imported. */
export function UnitsSection({ setup, state }: { setup: TCampaignSetup; state: TSetupState }) {
  const [mode, setMode] = useState<TMode>({ kind: 'none' })
  const [error, setError] = useState<string | null>(null)
  const id = setup.campaign.id
  const close = () => {
    setMode({ kind: 'none' })
    setError(null)
  }
  const after = (result: TSaveResult) => (result.ok ? close() : setError(result.message))
  const idle = setup.canEdit && mode.kind === 'none'

  async function remove(what: string, detail: string, key: string, work: () => ReturnType<typeof deleteUnit>) {
    if (!(await confirmAction({ title: `删除“${what}”？`, content: detail, confirmText: '删除', cancelText: '不删除' }))) return
    const result = await state.save(key, work, '已删除')
    if (!result.ok) await showNotice('不能删除', result.message)
  }

  const groups = [
    ...setup.districts.map((d) => ({ district: d, units: setup.units.filter((u) => u.districtId === d.id) })),
    { district: null, units: setup.units.filter((u) => u.districtId === null) },
  ].filter((g) => g.district !== null || g.units.length > 0)

  const unitRow = (u: TSetupUnit) =>
    mode.kind === 'edit-unit' && mode.id === u.id ? (
      <UnitForm
        key={u.id}
        initial={{ name: u.name, kind: u.kind, districtId: u.districtId }}
        districts={setup.districts}
        submitText='保存'
        busy={state.busy === `unit:${u.id}`}
        error={error}
        onCancel={close}
        onSubmit={(input) => void state.save(`unit:${u.id}`, () => updateUnit(id, u.id, input), '已保存').then(after)}
      />
    ) : (
      <View key={u.id} className='unit-row'>
        <Text className='unit-row__name'>{u.name}</Text>
        <Text className='unit-row__kind'>{UNIT_KIND_LABELS[u.kind]}</Text>
        <Text className='unit-row__figure'>{u.contacts > 0 ? `${u.contacts} 位联系人` : '未加入'}</Text>
        <Text className='unit-row__figure'>{u.activities} 个活动</Text>
        <View className='unit-row__actions'>
          {idle ? (
            <>
              <SetupLink className='unit-edit' label='编辑' onClick={() => setMode({ kind: 'edit-unit', id: u.id })} />
              <SetupLink className='unit-delete' label='删除' danger onClick={() => void remove(u.name, '有活动、报送材料或已加入联系人的单位不能删除。', `unit:${u.id}`, () => deleteUnit(id, u.id))} />
            </>
          ) : null}
        </View>
      </View>
    )

  return (
    <SetupSection
      id='units'
      title='县区与单位'
      hint={`${setup.districts.length} 个县区（板块） · ${setup.units.length} 个单位`}
      actions={
        idle ? (
          <>
            <SetupLink className='district-add' label='+ 县区' onClick={() => setMode({ kind: 'add-district' })} />
            <SetupLink className='unit-add' label='+ 单位' onClick={() => setMode({ kind: 'add-unit', districtId: setup.districts[0]?.id ?? null })} />
            <SetupLink className='unit-import-open' label='导入名单' onClick={() => setMode({ kind: 'import' })} />
          </>
        ) : null
      }
    >
      {mode.kind === 'import' ? <UnitImport campaignId={id} state={state} onClose={close} /> : null}
      {mode.kind === 'add-district' ? (
        <DistrictForm initial={{ name: '', kind: 'county' }} submitText='添加县区' busy={state.busy === 'district'} error={error} onCancel={close} onSubmit={(input) => void state.save('district', () => addDistrict(id, input), '已添加').then(after)} />
      ) : null}
      {mode.kind === 'add-unit' ? (
        <UnitForm
          initial={{ name: '', kind: 'department', districtId: mode.districtId }}
          districts={setup.districts}
          submitText='添加单位'
          busy={state.busy === 'unit'}
          error={error}
          onCancel={close}
          onSubmit={(input) => void state.save('unit', () => addUnit(id, input), '已添加').then(after)}
        />
      ) : null}
      {groups.length === 0 ? <Text className='setup-empty'>还没有县区和单位。逐个添加，或导入单位名单（Excel）。</Text> : null}
      <View className='unit-table'>
        <View className='unit-row unit-row--head'>
          <Text className='unit-row__name'>单位名称</Text>
          <Text className='unit-row__kind'>类型</Text>
          <Text className='unit-row__figure'>联系人</Text>
          <Text className='unit-row__figure'>活动</Text>
          <Text className='unit-row__actions'> </Text>
        </View>
        {groups.map(({ district: d, units }) => (
          <View key={d?.id ?? 'none'} className='unit-group'>
            {d && mode.kind === 'edit-district' && mode.id === d.id ? (
              <DistrictForm
                initial={{ name: d.name, kind: d.kind }}
                submitText='保存'
                busy={state.busy === `district:${d.id}`}
                error={error}
                onCancel={close}
                onSubmit={(input) => void state.save(`district:${d.id}`, () => updateDistrict(id, d.id, input), '已保存').then(after)}
              />
            ) : (
              <View className='unit-group__head'>
                <Text className='unit-group__name'>{d ? d.name : '不属于县区（市直）'}</Text>
                <Text className='unit-group__meta'>
                  {d ? `${DISTRICT_KIND_LABELS[d.kind]} · ` : ''}
                  {units.length} 个单位{d && d.admins > 0 ? ` · ${d.admins} 位区县管理员` : ''}
                </Text>
                {idle && d ? (
                  <View className='unit-group__actions'>
                    <SetupLink className='district-unit-add' label='+ 单位' onClick={() => setMode({ kind: 'add-unit', districtId: d.id })} />
                    <SetupLink className='district-edit' label='编辑' onClick={() => setMode({ kind: 'edit-district', id: d.id })} />
                    <SetupLink className='district-delete' label='删除' danger onClick={() => void remove(d.name, '县区下还有单位时不能删除，请先移走或删除这些单位。', `district:${d.id}`, () => deleteDistrict(id, d.id))} />
                  </View>
                ) : null}
              </View>
            )}
            {units.map(unitRow)}
          </View>
        ))}
      </View>
    </SetupSection>
  )
}
